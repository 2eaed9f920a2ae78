import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireUser, type SignedIn } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/errors";

import type { ActionResult } from "@/lib/action-result";

export type { ActionResult };

type ActionInput = FormData | Record<string, unknown> | undefined;

function toObject(input: ActionInput): Record<string, unknown> {
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
  return input ?? {};
}

/**
 * The one shape of a signed-in server action: validate with zod (strict), require a live session,
 * run the handler with the user's id (the data layer scopes every query by it), and turn expected
 * failures into messages. Used as `(previousState, formData | object)` so it works both with
 * useActionState forms and when called from a client component.
 */
export function userAction<Schema extends z.ZodType, Data = undefined>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>, context: SignedIn) => Promise<ActionResult<Data> | void>,
) {
  return async (_previous: unknown, input?: ActionInput): Promise<ActionResult<Data>> => {
    const signedIn = await requireUser();
    const parsed = schema.safeParse(toObject(input));
    if (!parsed.success) {
      return {
        ok: false,
        message: "Please check the highlighted fields.",
        errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      return (await handler(parsed.data, signedIn)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() must pass through
      if (error instanceof AppError) return { ok: false, message: error.message, code: error.code };
      console.error(`[action ${name}] failed`, error);
      return {
        ok: false,
        message: "Something went wrong on our side. Nothing was saved; please try again.",
      };
    }
  };
}
