/**
 * What a person shares, with a link or with an organization: one plan, all plans or none;
 * progress and dates always come with a plan; upkeep status, notes, evidence and certificates only
 * when ticked. Pure; the same choices for links and memberships.
 */
import { z } from "zod";

export interface ShareScope {
  /** "all", "none", or the ids of the plans shared. */
  plans: "all" | "none" | string[];
  upkeep: boolean;
  notes: boolean;
  evidence: boolean;
  certificates: boolean;
}

export const NOTHING_SHARED: ShareScope = {
  plans: "none",
  upkeep: false,
  notes: false,
  evidence: false,
  certificates: false,
};

export const shareScopeSchema = z
  .object({
    plans: z.union([z.literal("all"), z.literal("none"), z.array(z.uuid()).max(50)]),
    upkeep: z.boolean(),
    notes: z.boolean(),
    evidence: z.boolean(),
    certificates: z.boolean(),
  })
  .strict();

/** A stored scope that no longer validates shares nothing. */
export function readScope(stored: unknown): ShareScope {
  const parsed = shareScopeSchema.safeParse(stored);
  return parsed.success ? parsed.data : NOTHING_SHARED;
}

export function sharesNothing(scope: ShareScope): boolean {
  const noPlans =
    scope.plans === "none" || (Array.isArray(scope.plans) && scope.plans.length === 0);
  return noPlans && !scope.upkeep;
}

export function sharesPlan(scope: ShareScope, planId: string): boolean {
  if (scope.plans === "all") return true;
  if (scope.plans === "none") return false;
  return scope.plans.includes(planId);
}

/**
 * The form's fields (checkboxes and a plan select) to a scope: `plan` is "all", "none" or a plan
 * id; each ticked box is present as "on".
 */
export const shareFormFields = {
  plan: z.union([z.literal("all"), z.literal("none"), z.uuid()]).default("none"),
  upkeep: z.literal("on").optional(),
  notes: z.literal("on").optional(),
  evidence: z.literal("on").optional(),
  certificates: z.literal("on").optional(),
};

export function scopeFromForm(input: {
  plan: string;
  upkeep?: "on";
  notes?: "on";
  evidence?: "on";
  certificates?: "on";
}): ShareScope {
  const plans = input.plan === "all" || input.plan === "none" ? input.plan : [input.plan];
  const anyPlan = plans !== "none";
  return {
    plans,
    upkeep: input.upkeep === "on",
    // Notes, evidence and certificates belong to shared milestones and CE: nothing without them.
    notes: anyPlan && input.notes === "on",
    evidence: anyPlan && input.evidence === "on",
    certificates: input.upkeep === "on" && input.certificates === "on",
  };
}

/** One line for lists: "All plans, upkeep" or "Nothing". */
export function describeScope(scope: ShareScope, planTitle?: (id: string) => string): string {
  if (sharesNothing(scope)) return "Nothing";
  const parts: string[] = [];
  if (scope.plans === "all") parts.push("all plans");
  else if (Array.isArray(scope.plans))
    parts.push(scope.plans.map((id) => planTitle?.(id) ?? "one plan").join(", "));
  if (scope.upkeep) parts.push("upkeep status");
  if (scope.notes) parts.push("notes");
  if (scope.evidence) parts.push("evidence");
  if (scope.certificates) parts.push("certificates");
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A membership as the recovery screens list it for review (names and words only). */
export interface MembershipForReview {
  organizationId: string;
  name: string;
  role: string;
  shares: string;
}
