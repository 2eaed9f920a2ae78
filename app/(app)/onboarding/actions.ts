"use server";

import { now } from "@/lib/server/clock";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveOnboarding } from "@/db/queries/progress";
import { userAction } from "@/lib/server/actions";

const onboardingSchema = z
  .object({
    experienceYears: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : Number(value)))
      .pipe(
        z
          .number({ error: "Enter a number of years, like 2 or 3.5." })
          .min(0, "Years can't be negative.")
          .max(60, "Enter at most 60 years.")
          .nullable(),
      ),
  })
  .strict();

/** Experience, and onboarding done. What the user holds is saved by the editor as they add it. */
export const saveOnboardingAction = userAction(
  "onboarding.save",
  onboardingSchema,
  async (input, { user }) => {
    await saveOnboarding({
      userId: user.id,
      now: now(),
      experienceMonths:
        input.experienceYears === null ? null : Math.round(input.experienceYears * 12),
    });
    revalidatePath("/dashboard");
    redirect("/dashboard?onboarded=1");
  },
);
