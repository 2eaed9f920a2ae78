import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { reserveThrottleSlot, clearThrottle, type ThrottleRule } from "@/db/queries/throttle";
import type { ActionResult } from "@/lib/action-result";
import { AppError, RateLimited } from "@/lib/errors";
import { currentUser, requireUser, type SignedIn } from "@/lib/server/auth/current-user";
import { clientAddress } from "@/lib/server/request-context";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";

export type { ActionResult };

/**
 * The two shapes of a server action. Every action in the app is one of them, so that each
 * validates its input with zod (strict), knows who calls it, and turns expected failures into
 * messages (never a 500):
 * - `userAction`: a live session is required; the handler gets the user, whose id scopes every
 *   query in the data layer.
 * - `publicAction`: anyone may call it (sign-in, sign-up, password reset, corrections); the
 *   handler gets the session if there is one and the client's address, for throttling.
 * Both are called as `(previousState, formData | object)`, so they work with useActionState
 * forms and when called from a client component.
 */

type ActionInput = FormData | Record<string, unknown> | undefined;

function toObject(input: unknown): Record<string, unknown> {
  if (input instanceof FormData) {
    const object: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      // Next adds $ACTION_* keys to progressively enhanced forms; they are not input.
      if (key.startsWith("$ACTION")) continue;
      if (typeof value !== "string") continue;
      // Repeated keys (checkbox groups) become arrays.
      const previous = object[key];
      object[key] =
        previous === undefined
          ? value
          : Array.isArray(previous)
            ? [...previous, value]
            : [previous, value];
    }
    return object;
  }
  // A public endpoint can be posted anything: only a plain object is input.
  return input && typeof input === "object" && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

/** The fields to give back to the form after a failure: strings only, never a secret. */
function echoed(raw: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = raw[field];
    if (typeof value === "string") values[field] = value.slice(0, 500);
  }
  return values;
}

interface Options {
  /** Fields put back into the form after a failure (never a password). */
  echo?: readonly string[];
}

async function run<Schema extends z.ZodType, Data, Context>(
  name: string,
  schema: Schema,
  input: unknown,
  context: Context,
  handler: (input: z.infer<Schema>, context: Context) => Promise<ActionResult<Data> | void>,
  options: Options,
): Promise<ActionResult<Data>> {
  const raw = toObject(input);
  const values = options.echo ? echoed(raw, options.echo) : undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: "Please check the highlighted fields.",
      errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      values,
    };
  }
  try {
    const result = (await handler(parsed.data, context)) ?? { ok: true };
    return result.ok || !values ? result : { values, ...result };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() must pass through
    if (error instanceof AppError) {
      return { ok: false, message: error.message, code: error.code, values };
    }
    const reference = logUnexpectedError(`action ${name}`, error);
    return {
      ok: false,
      message: `Something went wrong on our side. Nothing was saved; please try again. Reference: ${reference}`,
      values,
    };
  }
}

export function userAction<Schema extends z.ZodType, Data = undefined>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: SignedIn) => Promise<ActionResult<Data> | void>,
  options: Options = {},
) {
  return async (_previous: unknown, input?: ActionInput): Promise<ActionResult<Data>> => {
    const signedIn = await requireUser();
    return run(name, schema, input, signedIn, handler, options);
  };
}

export interface PublicContext {
  signedIn: SignedIn | null;
  /** The client's address (see lib/client-address.ts), for throttling and the audit log. */
  address: string;
}

export function publicAction<Schema extends z.ZodType, Data = undefined>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: PublicContext) => Promise<ActionResult<Data> | void>,
  options: Options = {},
) {
  return async (_previous: unknown, input?: ActionInput): Promise<ActionResult<Data>> => {
    const context: PublicContext = {
      signedIn: await currentUser(),
      address: await clientAddress(),
    };
    return run(name, schema, input, context, handler, options);
  };
}

/**
 * Runs `attempt` only if the rule allows one more attempt now. The attempt is reserved in the
 * same step as the check (db/queries/throttle.ts), so parallel requests cannot all slip through
 * before any of them is counted. Rules that count failures only (sign-in, re-entering a password)
 * call `release()` on success, which forgets the key's attempts. Throws RateLimited when refused.
 */
export async function throttled<T>(
  rule: ThrottleRule,
  attempt: (release: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const slot = await reserveThrottleSlot(rule);
  if (!slot.allowed) throw new RateLimited(rule.bucket, slot.retryAfterSeconds);
  return attempt(() => clearThrottle(rule));
}
