/** Small builders for upkeep tests: a person's credentials, passes and CE log as plain data. */
import type { UpkeepBody } from "@/lib/catalog/types";
import { evaluateUpkeep } from "./cycles";
import type {
  CeActivity,
  CredentialSpell,
  ExamPass,
  UpkeepCycle,
  UpkeepCycleResult,
  UpkeepInput,
} from "./types";

export function held(
  credentialSlug: string,
  earnedOn: string,
  extra: Partial<CredentialSpell> = {},
): CredentialSpell {
  return { credentialSlug, earnedOn, endedOn: null, status: "active", ...extra };
}

export function passed(examSlug: string, passedOn: string): ExamPass {
  return { examSlug, passedOn };
}

let sequence = 0;

/** An activity with a unique id and title unless given. */
export function ce(
  completedOn: string,
  credits: string,
  extra: Partial<CeActivity> = {},
): CeActivity {
  sequence += 1;
  return {
    id: `ce-${sequence}`,
    completedOn,
    title: `Course ${sequence}`,
    provider: "SDMS",
    credits,
    category: "general",
    ...extra,
  };
}

/** `count` activities of `credits` each, spread one a day from `from`. */
export function many(
  count: number,
  from: string,
  credits: string,
  extra: Partial<CeActivity> = {},
): CeActivity[] {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) =>
    ce(new Date(start + i * 86_400_000).toISOString().slice(0, 10), credits, extra),
  );
}

export function run(input: Partial<UpkeepInput> & Pick<UpkeepInput, "today">): UpkeepCycleResult[] {
  return evaluateUpkeep({ credentials: [], examPasses: [], activities: [], ...input });
}

/** The ready cycle for a body; fails the test when it is missing or needs input. */
export function cycleOf(cycles: readonly UpkeepCycleResult[], body: UpkeepBody): UpkeepCycle {
  const cycle = cycles.find((c) => c.body === body);
  if (!cycle) throw new Error(`no ${body} cycle`);
  if (cycle.status === "needs_input") throw new Error(`${body} cycle needs input`);
  return cycle;
}

export function evaluate(
  body: UpkeepBody,
  input: Partial<UpkeepInput> & Pick<UpkeepInput, "today">,
): UpkeepCycle {
  return cycleOf(run(input), body);
}

/** Ids counted in an evaluation, in order. */
export function countedIds(evaluation: { counted: readonly { activityId: string }[] }): string[] {
  return evaluation.counted.map((c) => c.activityId);
}
