/**
 * A personal plan: the path's steps expanded into milestones, with choice points, prerequisites,
 * progress, next actions, due dates and five-year deadlines.
 *
 * Expansion rules:
 * - a requirement is one milestone; one that appears twice is shown once, at its first position;
 * - an allOf shows all its items; a oneOf is a ChoicePoint and only the chosen option is expanded
 *   (the pick, else an option already done, else nothing until the user picks);
 * - a requirement with `earnedBy` (credential, "any of" composite) is shown after its expanded
 *   children, which sit one level deeper; choices inside earnedBy are ChoicePoints too; a
 *   credential declared as held is shown alone (its exams are not needed);
 * - custom milestones follow the steps, ordered by position;
 * - requirements in `notApplicable` are marked and treated like waived.
 */
import type { Catalog, CatalogRequirement, RequirementNode } from "@/lib/catalog/types";
import { deadlinesFrom } from "./deadlines";
import { dueWithin, isOverdue } from "./due";
import {
  blockedMilestones,
  estimatedCompletion,
  nextActionable,
  progressSummary,
} from "./progress";
import { dateOrNull } from "./records";
import { shortName } from "@/lib/catalog/names";
import { createRequirementEvaluator } from "./requirement-state";
import type { RequirementEvaluator } from "./requirement-state";
import { evaluateTree, leafSlugs } from "./tree";
import type {
  ChoiceOption,
  ChoicePoint,
  MilestoneStatus,
  PlanInput,
  PlanMilestone,
  PlanStepView,
  PlanView,
  UserRecords,
} from "./types";

interface WalkContext {
  depth: number;
  stepKey: string;
  necessity: "required" | "typical";
  groupKey?: string;
  parentKey?: string;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function optionKey(node: RequirementNode): string {
  return node.type === "requirement" ? node.slug : node.key;
}

/** A milestone from a custom (user-defined) entry. */
function customMilestone(custom: PlanInput["custom"][number]): PlanMilestone {
  return {
    key: `custom:${custom.id}`,
    title: custom.title,
    kind: "custom",
    depth: 0,
    status: custom.status,
    derived: false,
    targetDate: dateOrNull(custom.targetDate),
    examDate: null,
    completedDate: dateOrNull(custom.completedDate),
    necessity: "required",
    prerequisites: [],
    notApplicable: false,
    typicalMonths: 0,
    remainingMonths: 0,
  };
}

class PlanBuilder {
  private readonly seen = new Set<string>();
  readonly choices: ChoicePoint[] = [];

  constructor(
    private readonly evaluator: RequirementEvaluator,
    private readonly plan: PlanInput,
    private readonly notApplicable: ReadonlySet<string>,
  ) {}

  private nodeStatus(node: RequirementNode): MilestoneStatus {
    if (node.type === "requirement") return this.evaluator.state(node.slug).status;
    const tree = evaluateTree(node, (slug) => {
      const s = this.evaluator.state(slug);
      return { satisfied: s.done, date: s.completedDate };
    });
    if (tree.satisfied) return "done";
    const started = leafSlugs(node).some((slug) => {
      const status = this.evaluator.state(slug).status;
      return status === "done" || status === "in_progress" || status === "scheduled";
    });
    return started ? "in_progress" : "not_started";
  }

  private nodeTitle(node: RequirementNode): string {
    if (node.type === "requirement")
      return this.evaluator.requirement(node.slug)?.name ?? node.slug;
    return node.label;
  }

  private prerequisiteMet(slug: string): boolean {
    const s = this.evaluator.state(slug);
    return s.done || s.status === "waived" || this.notApplicable.has(slug);
  }

  walk(
    node: RequirementNode,
    ctx: WalkContext,
    out: PlanMilestone[],
    stepChoices: ChoicePoint[],
  ): void {
    if (node.type === "requirement") {
      this.addRequirement(node.slug, ctx, out, stepChoices);
      return;
    }
    if (node.type === "allOf") {
      for (const item of node.items) this.walk(item, ctx, out, stepChoices);
      return;
    }
    const options: ChoiceOption[] = node.items.map((item) => ({
      slug: optionKey(item),
      title: this.nodeTitle(item),
      status: this.nodeStatus(item),
    }));
    const pick = this.plan.picks[node.key];
    const picked =
      pick !== undefined ? node.items.find((item) => optionKey(item) === pick) : undefined;
    const alreadyDone = picked
      ? undefined
      : node.items.find((item) => this.nodeStatus(item) === "done");
    const chosenNode = picked ?? alreadyDone;
    const choice: ChoicePoint = {
      groupKey: node.key,
      label: node.label,
      stepKey: ctx.stepKey,
      depth: ctx.depth,
      options,
      chosen: chosenNode ? optionKey(chosenNode) : null,
      chosenBy: picked ? "pick" : alreadyDone ? "done" : null,
    };
    if (ctx.parentKey !== undefined) choice.parentKey = ctx.parentKey;
    this.choices.push(choice);
    stepChoices.push(choice);
    if (chosenNode) this.walk(chosenNode, { ...ctx, groupKey: node.key }, out, stepChoices);
  }

  private addRequirement(
    slug: string,
    ctx: WalkContext,
    out: PlanMilestone[],
    stepChoices: ChoicePoint[],
  ): void {
    if (this.seen.has(slug)) return;
    this.seen.add(slug);
    const requirement = this.evaluator.requirement(slug);
    if (!requirement) return; // not in the catalog (the catalog checks report it)
    const state = this.evaluator.state(slug);

    // A credential the user declared as held needs nothing more: its exams are not listed.
    const heldOutright = state.done && !state.derived;
    if (requirement.earnedBy && !heldOutright) {
      const childCtx: WalkContext = {
        depth: ctx.depth + 1,
        stepKey: ctx.stepKey,
        necessity: ctx.necessity,
        parentKey: slug,
        ...(ctx.groupKey !== undefined ? { groupKey: ctx.groupKey } : {}),
      };
      this.walk(requirement.earnedBy, childCtx, out, stepChoices);
    }
    out.push(this.milestone(requirement, ctx));
  }

  private milestone(requirement: CatalogRequirement, ctx: WalkContext): PlanMilestone {
    const slug = requirement.slug;
    const state = this.evaluator.state(slug);
    const record = this.evaluator.records.progress(slug);
    const notApplicable = this.notApplicable.has(slug);
    let status: MilestoneStatus = state.status;
    let note = state.note;
    if (notApplicable && status !== "done") status = "waived";

    const prerequisites = (requirement.prerequisites ?? []).map((p) => ({
      slug: p.slug,
      title: this.evaluator.requirement(p.slug)?.name ?? p.slug,
      met: this.prerequisiteMet(p.slug),
      reason: p.reason,
    }));
    const unmet = prerequisites.filter((p) => !p.met);
    const settled = status === "done" || status === "waived";

    const milestone: PlanMilestone = {
      key: slug,
      requirementSlug: slug,
      title: requirement.name,
      kind: requirement.kind,
      depth: ctx.depth,
      stepKey: ctx.stepKey,
      status,
      derived: state.derived,
      targetDate: record?.targetDate ?? null,
      examDate: record?.examDate ?? null,
      completedDate: status === "done" ? state.completedDate : null,
      necessity: ctx.necessity,
      prerequisites,
      notApplicable,
      typicalMonths: requirement.typicalDuration.months,
      remainingMonths: 0, // filled in once the children are known
    };
    if (requirement.code !== undefined) milestone.code = requirement.code;
    if (ctx.groupKey !== undefined) milestone.groupKey = ctx.groupKey;
    if (ctx.parentKey !== undefined) milestone.parentKey = ctx.parentKey;
    if (!settled && unmet.length > 0) {
      milestone.blockedReason = `Needs ${listNames(
        unmet.map((p) => shortName(this.evaluator.requirement(p.slug), p.slug)),
      )} first`;
    }
    if (notApplicable) note = note ?? "Not applicable in this plan.";
    if (note !== undefined) milestone.note = note;
    if (state.window && !state.done && state.status !== "expired") milestone.window = state.window;
    return milestone;
  }
}

/** What each milestone still adds to the estimated completion. */
function fillRemainingMonths(milestones: PlanMilestone[], evaluator: RequirementEvaluator): void {
  for (const m of milestones) {
    if (m.status === "done" || m.status === "waived" || m.notApplicable) {
      m.remainingMonths = 0;
    } else if (m.derived) {
      const children = milestones.filter((c) => c.parentKey === m.key);
      const covered = children.reduce((sum, c) => sum + c.typicalMonths, 0);
      m.remainingMonths = Math.max(0, m.typicalMonths - covered);
    } else {
      const credit = m.requirementSlug
        ? evaluator.records.experience?.[m.requirementSlug]
        : undefined;
      if (credit) {
        m.remainingMonths = credit.remainingMonths;
        continue;
      }
      const experience = m.requirementSlug
        ? evaluator.requirement(m.requirementSlug)?.experience
        : undefined;
      const have = evaluator.records.experienceMonths;
      const needed =
        experience?.unit === "months_full_time"
          ? experience.amount
          : experience?.unit === "years_in_role"
            ? experience.amount * 12
            : null;
      m.remainingMonths =
        needed !== null && have !== null ? Math.max(0, needed - have) : m.typicalMonths;
    }
  }
}

export function buildPlanView(
  plan: PlanInput,
  records: UserRecords,
  today: string,
  catalog: Catalog,
): PlanView {
  const evaluator = createRequirementEvaluator(records, today, catalog);
  const path = catalog.paths.find((p) => p.slug === plan.pathSlug);
  const notApplicable = new Set(plan.notApplicable);
  const builder = new PlanBuilder(evaluator, plan, notApplicable);

  const steps: PlanStepView[] = (path?.steps ?? []).map((step) => {
    const milestones: PlanMilestone[] = [];
    const choices: ChoicePoint[] = [];
    builder.walk(
      step.satisfiedBy,
      { depth: 0, stepKey: step.key, necessity: step.necessity },
      milestones,
      choices,
    );
    const satisfied = evaluateTree(step.satisfiedBy, (slug) => {
      const s = evaluator.state(slug);
      return { satisfied: s.done, date: s.completedDate };
    }).satisfied;
    return {
      key: step.key,
      title: step.title,
      description: step.description,
      necessity: step.necessity,
      satisfied,
      milestones,
      choices,
    };
  });

  const custom = [...plan.custom]
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(customMilestone);
  const fromSteps = steps.flatMap((s) => s.milestones);
  fillRemainingMonths(fromSteps, evaluator);
  const milestones = [...fromSteps, ...custom];

  const openChoices = builder.choices.filter(
    (c) => c.chosen === null && !c.options.every((o) => notApplicable.has(o.slug)),
  ).length;
  const inPlan = new Set(fromSteps.filter((m) => !m.notApplicable).map((m) => m.key));
  const estimate = estimatedCompletion({ milestones, choices: builder.choices }, today);

  return {
    pathSlug: plan.pathSlug,
    pathTitle: path?.title ?? null,
    steps,
    choices: builder.choices,
    milestones,
    custom,
    progress: progressSummary(milestones, { openChoices }),
    next: nextActionable({ milestones }),
    blocked: blockedMilestones({ milestones }),
    overdue: milestones.filter((m) => isOverdue(m, today)),
    dueSoon: milestones.filter((m) => dueWithin(m, today, 30)),
    estimatedCompletion: estimate?.date ?? null,
    deadlines: deadlinesFrom(evaluator, inPlan),
  };
}
