"use server";

import { schemas } from "./action-schemas";
import { queueMemberSummary } from "@/lib/server/sharing/summary";
import type { User } from "@/db/schema";
import { revalidatePath } from "next/cache";
import {
  addEligibilityMilestone,
  getEligibilityProfileByUser,
  removeEligibilityMilestone,
  saveEligibilityProfile,
} from "@/db/queries/eligibility";
import { parseProfileForm } from "@/lib/eligibility/profile-form";
import { parseStoredProfile } from "@/lib/eligibility/stored-profile";
import { userAction } from "@/lib/server/actions";
import { todayFor } from "@/lib/server/clock";

/** After every write: pages, and the summary teams read (lib/sharing). */
async function revalidateEligibility(user: User) {
  await queueMemberSummary(user);
  revalidatePath("/eligibility");
  revalidatePath("/dashboard");
  revalidatePath("/settings");
  revalidatePath("/plans/[id]", "page");
}

export const saveEligibilityProfileAction = userAction(
  "eligibility.saveProfile",
  schemas.saveEligibilityProfileAction,
  async (input, { user }) => {
    const values = input as Record<string, string | string[] | undefined>;
    const version = Number(typeof values.version === "string" ? values.version : "0");
    if (!Number.isInteger(version) || version < 0) {
      return { ok: false, message: "Please reload the page and try again." };
    }
    const current = await getEligibilityProfileByUser(user.id);
    const parsed = parseProfileForm(
      Object.fromEntries(
        Object.entries(values).filter((e): e is [string, string | string[]] => e[1] !== undefined),
      ),
      todayFor(user),
      parseStoredProfile(current?.answers),
    );
    if (!parsed.ok) {
      // Put back what was typed (arrays as comma lists, as the form reads them).
      const typed = Object.fromEntries(
        Object.entries(values).map(([k, value]) => [
          k,
          Array.isArray(value) ? value.join(",") : (value ?? ""),
        ]),
      );
      return {
        ok: false,
        message: "Please check the highlighted answers.",
        errors: parsed.errors,
        values: typed,
      };
    }
    await saveEligibilityProfile({
      userId: user.id,
      answers: parsed.profile as Record<string, unknown>,
      expectedVersion: version,
    });
    await revalidateEligibility(user);
    return { ok: true, message: "Your profile is saved. Every verdict uses it now." };
  },
);

export const addEligibilityMilestoneAction = userAction(
  "eligibility.addMilestone",
  schemas.addEligibilityMilestoneAction,
  async (input, { user }) => {
    await addEligibilityMilestone({ userId: user.id, ...input });
    await revalidateEligibility(user);
    return { ok: true, message: "Added to your milestones." };
  },
);

export const removeEligibilityMilestoneAction = userAction(
  "eligibility.removeMilestone",
  schemas.removeEligibilityMilestoneAction,
  async (input, { user }) => {
    await removeEligibilityMilestone({ userId: user.id, id: input.id });
    await revalidateEligibility(user);
    return { ok: true, message: "Removed." };
  },
);
