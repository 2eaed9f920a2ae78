import type { NextRequest } from "next/server";
import { throttleStatus } from "@/db/queries/throttle";
import { handlers } from "@/lib/server/auth/config";
import { retryMessage, signInRule } from "@/lib/server/auth/throttles";
import { addressFromHeaders } from "@/lib/server/request-context";
import { emailSchema } from "@/lib/validation";

export const { GET } = handlers;

/**
 * Auth.js's endpoints. A throttled credentials sign-in is answered here with 429 and
 * Retry-After (Auth.js itself can only redirect with an error code).
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined);
    const email = emailSchema.safeParse(form?.get("email"));
    if (email.success) {
      const status = await throttleStatus(
        signInRule(email.data, addressFromHeaders(request.headers)),
      );
      if (status.blocked) {
        return Response.json(
          { error: retryMessage(status.retryAfterSeconds) },
          { status: 429, headers: { "Retry-After": String(status.retryAfterSeconds) } },
        );
      }
    }
  }
  return handlers.POST(request);
}
