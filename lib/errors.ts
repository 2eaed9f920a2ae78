/**
 * One error type for expected failures. The code is "kind:surface" (e.g. "not_found:plan"); the
 * message is safe to show the user. Anything else is logged in full on the server and shown as a
 * generic message, never as a 500 page.
 */
export type ErrorKind =
  | "bad_request"
  | "not_found"
  | "conflict"
  | "forbidden"
  | "rate_limited"
  | "unauthorized"
  | "length_required"
  /** A body larger than allowed (one file, or what is left of a quota). */
  | "too_large"
  /** A file of a type we do not keep. */
  | "unsupported"
  | "unprocessable";

const STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  length_required: 411,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
};

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly surface: string;

  constructor(code: `${ErrorKind}:${string}`, message: string) {
    super(message);
    const [kind, surface] = code.split(":") as [ErrorKind, string];
    this.kind = kind;
    this.surface = surface;
    this.name = "AppError";
  }

  get code(): string {
    return `${this.kind}:${this.surface}`;
  }

  get status(): number {
    return STATUS[this.kind];
  }
}

export const notFound = (surface: string) =>
  new AppError(`not_found:${surface}`, "We couldn't find that. It may have been removed.");

export const staleVersion = (surface: string) =>
  new AppError(
    `conflict:${surface}`,
    "This was changed elsewhere (another tab or device) after you opened it. Reload to see the latest, then make your change again.",
  );

/** Too many attempts: the message says how long to wait; route handlers send Retry-After. */
export class RateLimited extends AppError {
  readonly retryAfterSeconds: number;

  constructor(surface: string, retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      `rate_limited:${surface}`,
      `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
    this.name = "RateLimited";
  }
}

export const unauthorized = (surface: string, message = "Sign in to continue.") =>
  new AppError(`unauthorized:${surface}`, message);
