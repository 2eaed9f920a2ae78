"use server";

import { formInput } from "@/lib/form-input";
import { z } from "zod";
import { getPath, getRequirement } from "@/lib/catalog";
import { createCorrectionReport } from "@/db/queries/corrections";
import { recordThrottleEvent, throttleStatus } from "@/db/queries/throttle";
import type { ActionResult } from "@/lib/action-result";
import { currentUser } from "@/lib/server/auth/current-user";
import { accountRequestRule, retryMessage } from "@/lib/server/auth/throttles";
import { clientAddress } from "@/lib/server/request-context";
import { emailSchema } from "@/lib/validation";

const reportSchema = z
  .object({
    subject: z
      .string()
      .max(200)
      .refine((slug) => Boolean(getRequirement(slug) ?? getPath(slug)), "Unknown catalog entry."),
    fact: z.string().max(500).optional(),
    message: z
      .string()
      .trim()
      .min(
        10,
        "Tell us what is wrong and, if you can, where the right figure comes from (at least 10 characters).",
      )
      .max(4000, "Use at most 4,000 characters."),
    contactEmail: z.union([z.literal(""), emailSchema]).optional(),
  })
  .strict();

/** Public (signed-out visitors may report too), so it is throttled per address. */
export async function reportCorrection(
  _previous: unknown,
  rawInput: FormData,
): Promise<ActionResult> {
  const formData = formInput(rawInput);
  const parsed = reportSchema.safeParse({
    subject: formData.get("subject"),
    fact: formData.get("fact") || undefined,
    message: formData.get("message"),
    contactEmail: formData.get("contactEmail") ?? undefined,
  });
  if (!parsed.success) {
    return {
      ok: false,
      message: "Please check the highlighted fields.",
      errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    };
  }
  const rule = accountRequestRule("correction", await clientAddress());
  const throttle = await throttleStatus(rule);
  if (throttle.blocked) return { ok: false, message: retryMessage(throttle.retryAfterSeconds) };
  await recordThrottleEvent(rule);
  const signedIn = await currentUser();
  await createCorrectionReport({
    userId: signedIn?.user.id ?? null,
    subjectSlug: parsed.data.subject,
    factText: parsed.data.fact ?? null,
    message: parsed.data.message,
    contactEmail: parsed.data.contactEmail || null,
  });
  return {
    ok: true,
    message: "Thank you. The maintainers will check the sources and correct the catalog.",
  };
}
