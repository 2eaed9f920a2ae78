import "server-only";
import { unstable_rethrow } from "next/navigation";
import { appUrl } from "@/lib/env";
import { AppError, RateLimited } from "@/lib/errors";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";

/**
 * Errors to HTTP, in one place, for every route handler: an expected failure (AppError) becomes
 * its status and a JSON `{ error, code }` the client can show; anything else is logged (class,
 * code and a reference, never its message) and answered 500 with that reference, never a stack
 * trace.
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
  const reference = logUnexpectedError("route", error);
  return Response.json(
    {
      error: `Something went wrong on our side. Please try again. Reference: ${reference}`,
      reference,
    },
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

/**
 * Refuses a cross-site POST before anything is read: a browser names the page's origin in
 * `Origin` (and `Sec-Fetch-Site`); it must be this site (the request's host, or the app's public
 * URL when a proxy changes the host). Route handlers have no CSRF check of their own (server
 * actions do). `requireOrigin` also refuses a request that names no origin at all (every browser
 * sends one on a POST): for uploads that write files, where nothing but our own page should post.
 */
export function assertSameOrigin(
  request: Request,
  surface: string,
  options: { requireOrigin?: boolean; message?: string } = {},
): void {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  const sameOrigin = (() => {
    if (origin === null) return !options.requireOrigin;
    try {
      const url = new URL(origin);
      return url.host === host || url.origin === new URL(appUrl).origin;
    } catch {
      return false;
    }
  })();
  if ((site !== null && site !== "same-origin" && site !== "none") || !sameOrigin) {
    throw new AppError(
      `forbidden:${surface}`,
      options.message ?? "This upload must come from this site.",
    );
  }
}

/**
 * The request body as text, refused before it is read whole when it is larger than `maxBytes`:
 * first by its declared Content-Length (required), then while streaming, in case it lies.
 */
export async function readLimitedText(
  request: Request,
  maxBytes: number,
  messages: { surface: string; tooLarge: string },
): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared)) {
    throw new AppError(
      `length_required:${messages.surface}`,
      "The upload must state its size (Content-Length).",
    );
  }
  if (Number(declared) > maxBytes) {
    throw new AppError(`too_large:${messages.surface}`, messages.tooLarge);
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new AppError(`too_large:${messages.surface}`, messages.tooLarge);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
