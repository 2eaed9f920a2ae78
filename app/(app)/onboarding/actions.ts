"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveOnboarding } from "@/db/queries/progress";
import { userAction } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";

/**
 * Onboarding done. What the user holds is saved by the held-credential editor as they add it,
 * their education and experience by the profile form: this only records that they are through.
 */
export const saveOnboardingAction = userAction(
  "onboarding.save",
  schemas.saveOnboardingAction,
  async (_input, { user }) => {
    await saveOnboarding({ userId: user.id, now: now() });
    revalidatePath("/dashboard");
    redirect("/dashboard?onboarded=1");
  },
);
