import { type NextRequest } from "next/server";
import { z } from "zod";
import { consumeEmailVerificationToken } from "@/db/queries/users";

const tokenSchema = z.string().min(20).max(200);

export async function GET(request: NextRequest) {
  const token = tokenSchema.safeParse(request.nextUrl.searchParams.get("token"));
  const verified = token.success ? await consumeEmailVerificationToken(token.data) : false;
  const target = new URL(
    verified ? "/dashboard?verified=1" : "/dashboard?verified=0",
    request.nextUrl,
  );
  return Response.redirect(target, 303);
}
