"use server";

import { schemas } from "./action-schemas";
import { queueMemberSummary } from "@/lib/server/sharing/summary";
import type { User } from "@/db/schema";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  createCeActivity,
  deleteCeActivity,
  restoreCeActivity,
  setArrtBirthMonth,
  updateCeActivity,
} from "@/db/queries/ce-activities";
import { userAction } from "@/lib/server/actions";
import { now, todayFor } from "@/lib/server/clock";
import { bodyCreditProblems } from "@/lib/upkeep/activity-input";

/** After every write: pages (/upkeep, its whole CE log), and the summary teams read (lib/sharing). */
async function revalidate(user: User) {
  await queueMemberSummary(user);
  revalidatePath("/upkeep");
  revalidatePath("/upkeep/log");
  revalidatePath("/dashboard");
}

type ActivityInput = z.infer<typeof schemas.logActivityAction>;

/** Checks no schema can: not in the future (the user's today), per-body credits within totals. */
function problemsOf(input: ActivityInput, today: string) {
  const errors: Record<string, string[]> = { ...bodyCreditProblems(input) };
  if (input.completedOn > today) errors.completedOn = ["That date is in the future."];
  return Object.keys(errors).length > 0
    ? { ok: false as const, message: "Please check the highlighted fields.", errors }
    : null;
}

const ECHO = [
  "completedOn",
  "title",
  "provider",
  "credits",
  "category",
  "craDomain",
  "creditsArdms",
  "creditsCci",
  "creditsArrt",
  "creditsArrtSonography",
  "creditsAbii",
  "creditsAhra",
  "notes",
] as const;

export const logActivityAction = userAction(
  "upkeep.logActivity",
  schemas.logActivityAction,
  async (input, { user }) => {
    const problems = problemsOf(input, todayFor(user));
    if (problems) return problems;
    const created = await createCeActivity({ userId: user.id, values: input });
    await revalidate(user);
    return { ok: true, message: `Logged “${created.title}”.`, data: { id: created.id } };
  },
  { echo: ECHO },
);

export const updateActivityAction = userAction(
  "upkeep.updateActivity",
  schemas.updateActivityAction,
  async ({ activityId, version, ...values }, { user }) => {
    const problems = problemsOf(values, todayFor(user));
    if (problems) return problems;
    await updateCeActivity({ userId: user.id, activityId, expectedVersion: version, values });
    await revalidate(user);
    return { ok: true, message: "Activity saved." };
  },
  { echo: ECHO },
);

export const deleteActivityAction = userAction(
  "upkeep.deleteActivity",
  schemas.deleteActivityAction,
  async ({ activityId }, { user }) => {
    await deleteCeActivity({ userId: user.id, activityId, now: now() });
    await revalidate(user);
    return { ok: true, message: "Activity deleted.", data: { id: activityId } };
  },
);

export const restoreActivityAction = userAction(
  "upkeep.restoreActivity",
  schemas.restoreActivityAction,
  async ({ activityId }, { user }) => {
    await restoreCeActivity({ userId: user.id, activityId });
    await revalidate(user);
    return { ok: true, message: "Activity restored." };
  },
);

export const setBirthMonthAction = userAction(
  "upkeep.setBirthMonth",
  schemas.setBirthMonthAction,
  async ({ month }, { user }) => {
    await setArrtBirthMonth({ userId: user.id, month });
    await revalidate(user);
    revalidatePath("/settings");
    return { ok: true, message: "Birth month saved." };
  },
);
