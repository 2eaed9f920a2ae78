import type { NextRequest } from "next/server";
import { throttleStatus } from "@/db/queries/throttle";
import { RateLimited } from "@/lib/errors";
import { handlers } from "@/lib/server/auth/config";
import { signInRule } from "@/lib/server/auth/throttles";
import { errorResponse } from "@/lib/server/http";
import { addressFromHeaders } from "@/lib/server/request-context";
import { emailSchema } from "@/lib/validation";

export const { GET } = handlers;

/**
 * Auth.js's endpoints. A throttled credentials sign-in (refused inside the credentials check,
 * lib/server/auth/config.ts) comes back from Auth.js as a redirect with `code=rate_limited`; an
 * HTTP client gets 429 with Retry-After instead.
 */
export async function POST(request: NextRequest) {
  const isCredentials = request.nextUrl.pathname.endsWith("/callback/credentials");
  const form = isCredentials
    ? await request
        .clone()
        .formData()
        .catch(() => undefined)
    : undefined;
  const response = await handlers.POST(request);
  const location = response.headers.get("location") ?? "";
  if (!isCredentials || !location.includes("code=rate_limited")) return response;
  const email = emailSchema.safeParse(form?.get("email"));
  const { retryAfterSeconds } = email.success
    ? await throttleStatus(signInRule(email.data, addressFromHeaders(request.headers)))
    : { retryAfterSeconds: 60 };
  return errorResponse(new RateLimited("signin", retryAfterSeconds));
}
