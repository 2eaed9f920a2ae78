"use server";

import { schemas } from "./held-action-schemas";
import { queueMemberSummary } from "@/lib/server/sharing/summary";
import type { User } from "@/db/schema";
import { revalidatePath } from "next/cache";
import { addHeldSpell, deleteHeldSpell, updateHeldSpell } from "@/db/queries/held";
import { HELD_STATUSES } from "@/db/schema";
import { userAction } from "@/lib/server/actions";
import { todayFor } from "@/lib/server/clock";

/**
 * The held-credential editor's actions (Settings and onboarding show the same editor): add a
 * spell, edit or end one, remove one entered by mistake.
 */

type SpellInput = {
  earnedOn: string | null;
  status: (typeof HELD_STATUSES)[number];
  endedOn: string | null;
};

/** Field messages for what the schema cannot see: the user's today, and the end matching the status. */
function problemsOf(input: SpellInput, today: string) {
  const errors: Record<string, string[]> = {};
  if (input.earnedOn && input.earnedOn > today) errors.earnedOn = ["That date is in the future."];
  if (input.status === "active") {
    if (input.endedOn) errors.endedOn = ["Leave this empty while you still hold it."];
  } else if (!input.endedOn) {
    errors.endedOn = ["Give the last day you held it."];
  } else if (input.endedOn > today) {
    errors.endedOn = ["That date is in the future."];
  } else if (input.earnedOn && input.endedOn < input.earnedOn) {
    errors.endedOn = ["It can't end before it was earned."];
  }
  return Object.keys(errors).length > 0
    ? { ok: false as const, message: "Please check the highlighted fields.", errors }
    : null;
}

/** After every write: pages, and the summary teams read (lib/sharing). */
async function revalidate(user: User) {
  await queueMemberSummary(user);
  revalidatePath("/settings");
  revalidatePath("/onboarding");
  revalidatePath("/upkeep");
  revalidatePath("/dashboard");
}

export const addHeldAction = userAction(
  "held.add",
  schemas.addHeldAction,
  async (input, { user }) => {
    const problems = problemsOf(input, todayFor(user));
    if (problems) return problems;
    await addHeldSpell({ userId: user.id, ...input });
    await revalidate(user);
    return { ok: true, message: "Added." };
  },
  { echo: ["requirementSlug", "earnedOn", "status", "endedOn"] },
);

export const updateHeldAction = userAction(
  "held.update",
  schemas.updateHeldAction,
  async ({ spellId, version, ...input }, { user }) => {
    const problems = problemsOf(input, todayFor(user));
    if (problems) return problems;
    await updateHeldSpell({ userId: user.id, spellId, expectedVersion: version, ...input });
    await revalidate(user);
    return { ok: true, message: "Saved." };
  },
  { echo: ["earnedOn", "status", "endedOn"] },
);

export const deleteHeldAction = userAction(
  "held.delete",
  schemas.deleteHeldAction,
  async ({ spellId }, { user }) => {
    await deleteHeldSpell({ userId: user.id, spellId });
    await revalidate(user);
    return { ok: true, message: "Removed." };
  },
);
