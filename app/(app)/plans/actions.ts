"use server";

import { schemas } from "./action-schemas";
import { statusChange } from "@/lib/plan/changes";
import { now, todayFor } from "@/lib/server/clock";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getRequirement } from "@/lib/catalog";
import {
  createCustomMilestone,
  deleteCustomMilestone,
  updateCustomMilestone,
} from "@/db/queries/custom-milestones";
import {
  createPlanForUser,
  deletePlanForUser,
  getPlanByIdForUser,
  makePlanPrimary,
  setPlanPick,
  setPlanPicks,
  setRequirementNotApplicable,
} from "@/db/queries/plans";
import { recordExamAttempt, saveProgress } from "@/db/queries/progress";
import { userAction } from "@/lib/server/actions";
import { queueMemberSummary } from "@/lib/server/sharing/summary";
import type { User } from "@/db/schema";
import { credentialsUsingExam, oneOfGroupsOfPath } from "@/lib/catalog/lookup";
import { AppError } from "@/lib/errors";
import { nearestRouteForPath } from "@/lib/server/loaders/eligibility";

/** After every plan or milestone write: pages, and the summary teams read (lib/sharing). */
async function revalidatePlans(user: User, planId?: string) {
  await queueMemberSummary(user);
  revalidatePath("/dashboard");
  if (planId) revalidatePath(`/plans/${planId}`);
}

export const startPathAction = userAction(
  "plans.start",
  schemas.startPathAction,
  async (input, { user }) => {
    // A new plan starts on the user's nearest route: its "one of" choices are seeded with exactly
    // the options that route needs. An existing plan is never re-seeded (createPlanForUser).
    const nearest = await nearestRouteForPath(user, input.pathSlug);
    const plan = await createPlanForUser({
      userId: user.id,
      pathSlug: input.pathSlug,
      ...(nearest ? { picks: { ...nearest.picks } } : {}),
    });
    if (input.makePrimary) await makePlanPrimary({ userId: user.id, planId: plan.id });
    await revalidatePlans(user);
    redirect(`/plans/${plan.id}`);
  },
);

/** "A nearer route is available": switch the plan's choices to it. Progress is kept as it is. */
export const switchToNearerRouteAction = userAction(
  "plans.switchRoute",
  schemas.switchToNearerRouteAction,
  async (input, { user }) => {
    const plan = await getPlanByIdForUser({ userId: user.id, planId: input.planId });
    const nearest = await nearestRouteForPath(user, plan.pathSlug);
    const groups = oneOfGroupsOfPath(plan.pathSlug);
    const picks = Object.fromEntries(
      Object.entries(nearest?.picks ?? {}).filter(([key, value]) => groups.get(key)?.has(value)),
    );
    await setPlanPicks({
      userId: user.id,
      planId: plan.id,
      picks,
      expectedVersion: input.version,
    });
    await revalidatePlans(user, plan.id);
    return { ok: true, message: "Switched to the nearer route. Your progress is kept." };
  },
);

export const makePrimaryAction = userAction(
  "plans.makePrimary",
  schemas.makePrimaryAction,
  async (input, { user }) => {
    await makePlanPrimary({ userId: user.id, planId: input.planId });
    await revalidatePlans(user, input.planId);
    revalidatePath("/settings");
    return { ok: true, message: "This is now your primary path." };
  },
);

export const leavePlanAction = userAction(
  "plans.leave",
  schemas.leavePlanAction,
  async (input, { user }) => {
    await deletePlanForUser({ userId: user.id, planId: input.planId });
    await revalidatePlans(user);
    revalidatePath("/settings");
    redirect("/dashboard?left=1");
  },
);

export const choosePickAction = userAction(
  "plans.choose",
  schemas.choosePickAction,
  async (input, { user }) => {
    const plan = await getPlanByIdForUser({ userId: user.id, planId: input.planId });
    const options = oneOfGroupsOfPath(plan.pathSlug).get(input.groupKey);
    if (!options?.has(input.requirementSlug)) {
      throw new AppError("bad_request:plan", "That option isn't part of this choice.");
    }
    await setPlanPick({
      userId: user.id,
      planId: plan.id,
      groupKey: input.groupKey,
      requirementSlug: input.requirementSlug,
      expectedVersion: input.version,
    });
    await revalidatePlans(user, plan.id);
    return {
      ok: true,
      message: `Choice saved: ${getRequirement(input.requirementSlug)?.name ?? "option"}.`,
    };
  },
);

export const toggleNotApplicableAction = userAction(
  "plans.notApplicable",
  schemas.toggleNotApplicableAction,
  async (input, { user }) => {
    await setRequirementNotApplicable({
      userId: user.id,
      planId: input.planId,
      requirementSlug: input.requirementSlug,
      notApplicable: input.notApplicable,
      expectedVersion: input.version,
    });
    await revalidatePlans(user, input.planId);
    return {
      ok: true,
      message: input.notApplicable ? "Marked not applicable in this plan." : "Back in this plan.",
    };
  },
);

async function assertOwnPlan(userId: string, planId: string | undefined) {
  if (planId) await getPlanByIdForUser({ userId, planId });
}

export const setStatusAction = userAction(
  "milestones.setStatus",
  schemas.setStatusAction,
  async (input, { user }) => {
    await assertOwnPlan(user.id, input.planId);
    const today = todayFor(user);
    await saveProgress({
      now: now(),
      userId: user.id,
      requirementSlug: input.requirementSlug,
      expectedVersion: input.version,
      planId: input.planId,
      changes: statusChange(input.status, today),
    });
    await revalidatePlans(user, input.planId);
    return { ok: true, message: "Status saved." };
  },
);

export const updateMilestoneAction = userAction(
  "milestones.update",
  schemas.updateMilestoneAction,
  async (input, { user }) => {
    await assertOwnPlan(user.id, input.planId);
    const { requirementSlug, version, planId, ...edited } = input;
    await saveProgress({
      now: now(),
      userId: user.id,
      requirementSlug,
      expectedVersion: version,
      planId,
      changes: {
        ...edited,
        ...statusChange(edited.status, todayFor(user), edited.completedDate ?? undefined),
      },
    });
    await revalidatePlans(user, planId);
    return { ok: true, message: "Milestone saved." };
  },
);

export const recordAttemptAction = userAction(
  "milestones.recordAttempt",
  schemas.recordAttemptAction,
  async (input, { user }) => {
    await assertOwnPlan(user.id, input.planId);
    if (getRequirement(input.requirementSlug)?.kind !== "exam") {
      throw new AppError("bad_request:attempt", "Only exams have attempts.");
    }
    const today = todayFor(user);
    if (input.attemptedOn > today) {
      return {
        ok: false,
        message: "An exam result can't be in the future.",
        errors: { attemptedOn: ["Use today or an earlier date."] },
      };
    }
    const credentials = credentialsUsingExam(input.requirementSlug);
    const countsToward =
      input.countsToward && credentials.includes(input.countsToward)
        ? input.countsToward
        : credentials.length === 1
          ? credentials[0]!
          : null;
    await recordExamAttempt({
      now: now(),
      userId: user.id,
      requirementSlug: input.requirementSlug,
      expectedVersion: input.version,
      attemptedOn: input.attemptedOn,
      result: input.result,
      countsToward: input.result === "passed" ? countsToward : null,
      planId: input.planId,
    });
    await revalidatePlans(user, input.planId);
    return {
      ok: true,
      message:
        input.result === "passed"
          ? "Congratulations! Pass recorded."
          : "Attempt recorded. It stays in the history.",
    };
  },
);

export const addCustomMilestoneAction = userAction(
  "customMilestones.add",
  schemas.addCustomMilestoneAction,
  async (input, { user }) => {
    await createCustomMilestone({ now: now(), userId: user.id, ...input });
    await revalidatePlans(user, input.planId);
    return { ok: true, message: "Milestone added." };
  },
);

export const updateCustomMilestoneAction = userAction(
  "customMilestones.update",
  schemas.updateCustomMilestoneAction,
  async (input, { user }) => {
    const { milestoneId, version, ...rest } = input;
    const changes = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    if (rest.status !== undefined)
      Object.assign(changes, statusChange(rest.status, todayFor(user)));
    const updated = await updateCustomMilestone({
      now: now(),
      userId: user.id,
      milestoneId,
      expectedVersion: version,
      changes,
    });
    await revalidatePlans(user, updated.planId);
    return { ok: true, message: "Milestone saved." };
  },
);

export const deleteCustomMilestoneAction = userAction(
  "customMilestones.delete",
  schemas.deleteCustomMilestoneAction,
  async (input, { user }) => {
    const { planId } = await deleteCustomMilestone({
      userId: user.id,
      milestoneId: input.milestoneId,
    });
    await revalidatePlans(user, planId);
    return { ok: true, message: "Milestone deleted." };
  },
);
