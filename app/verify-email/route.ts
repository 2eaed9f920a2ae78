import { type NextRequest } from "next/server";
import { z } from "zod";
import { consumeEmailVerificationToken } from "@/db/queries/users";
import { now } from "@/lib/server/clock";
import { hashToken } from "@/lib/server/tokens";

const tokenSchema = z.string().min(20).max(200);

export async function GET(request: NextRequest) {
  const token = tokenSchema.safeParse(request.nextUrl.searchParams.get("token"));
  const verified = token.success
    ? await consumeEmailVerificationToken({ tokenHash: hashToken(token.data), now: now() })
    : false;
  const target = new URL(
    verified ? "/dashboard?verified=1" : "/dashboard?verified=0",
    request.nextUrl,
  );
  return Response.redirect(target, 303);
}
