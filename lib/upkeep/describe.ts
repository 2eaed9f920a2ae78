/**
 * Plain words for the engine's results, with dates and credits formatted by the caller (the
 * reader's locale for dates; credits keep their exact decimals). Pure.
 */
import { getIssuer, getRequirement } from "@/lib/catalog";
import type { UpkeepBody } from "@/lib/catalog/types";
import { formatCredits } from "./credits";
import type { PeriodStatus, UpkeepAction, UpkeepCycle, UpkeepCycleResult } from "./types";

export const PERIOD_STATUS_LABELS: Record<PeriodStatus | "needs_input", string> = {
  on_track: "On track",
  behind: "Behind",
  complete: "Complete",
  ended: "Ended",
  upcoming: "Not started yet",
  no_ce_required: "No CE this period",
  needs_input: "Needs your birth month",
};

export function bodyName(body: UpkeepBody): string {
  return getIssuer(body)?.abbreviation ?? body.toUpperCase();
}

export function credentialCode(slug: string): string {
  const requirement = getRequirement(slug);
  return requirement?.code ?? requirement?.name ?? slug;
}

/** "RDMS and RCS" */
export function listCodes(slugs: readonly string[]): string {
  const codes = slugs.map(credentialCode);
  if (codes.length <= 1) return codes.join("");
  return `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`;
}

export function unitOf(cycle: Pick<UpkeepCycle, "unit">): string {
  return cycle.unit ?? "credits";
}

/** "22.5 of 30" with the unit. */
export function creditsOf(value: number): string {
  return formatCredits(value);
}

/** The one sentence for an agenda item. `date` formats a calendar date for the reader. */
export function describeAction(action: UpkeepAction, date: (iso: string) => string): string {
  const body = bodyName(action.body);
  const due = date(action.due);
  const credits = action.credits === null ? "" : formatCredits(action.credits);
  switch (action.kind) {
    case "provide_birth_month":
      return "Tell us your ARRT birth month so your biennium can be laid out.";
    case "make_up_credits":
      return `Make up ${credits} ARRT CE credits by ${due} (CE probation).`;
    case "earn_credits":
      return `Earn ${credits} more ${body === "CCI" ? "CEUs" : body === "ARDMS" ? "CMEs" : "CE credits"} for ${body} by ${due}.`;
    case "upload_credits":
      return `Upload your CME to the ARDMS CME Bank by ${due}.`;
    case "pay_late_fee":
      return `Pay the ${body} renewal with its late fee${action.usd === null ? "" : ` (about $${action.usd})`} by ${due}.`;
    case "pay_fee":
      return `Pay the ${body} renewal fee${action.usd === null ? "" : ` (about $${action.usd})`} by ${due}${action.opensOn ? `; payment opens ${date(action.opensOn)}` : ""}.`;
    case "pass_updated_exam":
      return `Pass the updated ${action.credentialSlug ? credentialCode(action.credentialSlug) : body} exam by ${due}.`;
    case "long_cycle":
      return `${action.key === "cqr" ? "Complete ARRT's Continuing Qualifications Requirements" : "Meet the 10-year requirement"}${action.credentialSlug ? ` for ${credentialCode(action.credentialSlug)}` : ""} by ${due}.`;
  }
}

/** A ready cycle, or undefined for one that needs input. */
export function readyCycle(cycle: UpkeepCycleResult): UpkeepCycle | undefined {
  return cycle.status === "needs_input" ? undefined : cycle;
}
