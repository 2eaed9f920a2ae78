"use server";

import { now } from "@/lib/server/clock";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveOnboarding } from "@/db/queries/progress";
import { userAction } from "@/lib/server/actions";
import { holdableSlugs } from "@/lib/onboarding";
import { optionalDateSchema, toArray } from "@/lib/validation";

const onboardingSchema = z
  .object({
    held: z.preprocess(
      toArray,
      z.array(z.string().refine((slug) => holdableSlugs.has(slug), "Unknown item.")).max(100),
    ),
  })
  .catchall(z.string().max(20));

export const saveOnboardingAction = userAction(
  "onboarding.save",
  onboardingSchema,
  async (input, { user }) => {
    const errors: Record<string, string[]> = {};
    const held = input.held.map((slug) => {
      const parsed = optionalDateSchema.safeParse(input[`earnedOn:${slug}`] ?? "");
      if (!parsed.success)
        errors[`earnedOn:${slug}`] = [parsed.error.issues[0]?.message ?? "Invalid date."];
      return { requirementSlug: slug, earnedOn: parsed.success ? parsed.data : null };
    });
    if (Object.keys(errors).length)
      return { ok: false, message: "Please check the highlighted dates.", errors };

    await saveOnboarding({
      userId: user.id,
      now: now(),
      held,
    });
    revalidatePath("/dashboard");
    redirect("/dashboard?onboarded=1");
  },
);
