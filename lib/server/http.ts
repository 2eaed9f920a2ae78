import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, RateLimited } from "@/lib/errors";

/**
 * Errors to HTTP, in one place, for every route handler: an expected failure (AppError) becomes
 * its status and a JSON `{ error, code }` the client can show; anything else is logged and
 * answered 500 with a generic message, never a stack trace.
 */

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = { ...NO_STORE };
    if (error instanceof RateLimited) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json(
      { error: error.message, code: error.code },
      { status: error.status, headers },
    );
  }
  console.error("[route] failed", error);
  return Response.json(
    { error: "Something went wrong on our side. Please try again." },
    { status: 500, headers: NO_STORE },
  );
}

/** Wraps a route handler so that whatever it throws is answered by `errorResponse`. */
export function routeHandler<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      return errorResponse(error);
    }
  };
}
