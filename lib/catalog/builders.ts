/**
 * Tiny helpers that keep the catalog data terse. Pure functions, no Node-only imports.
 */
import type {
  Confidence,
  EligibilityRoute,
  Fact,
  Fee,
  Provenance,
  RequirementNode,
  TypicalDuration,
} from "./types";

/** The date the reference was last checked. Every fact in the catalog carries it. */
export const CHECKED_ON = "2026-11-24";

/** The standard note for durations that are our own estimates. */
export const ESTIMATE_NOTE =
  "Our estimate for a working sonographer; varies by person and program.";

/**
 * Provenance, fact and fee builders for facts checked on one date: the catalog's own (below), and
 * the rule sets researched on their own dates (upkeep, eligibility routes).
 */
export function checkedOnDate(checkedOn: string) {
  function prov(confidence: Confidence, sources: readonly string[], note?: string): Provenance {
    return note === undefined
      ? { confidence, sources, checkedOn }
      : { confidence, sources, checkedOn, note };
  }
  function fact(
    text: string,
    confidence: Confidence,
    sources: readonly string[],
    note?: string,
  ): Fact {
    return { text, ...prov(confidence, sources, note) };
  }
  function fee(
    label: string,
    usd: number,
    confidence: Confidence,
    sources: readonly string[],
    note?: string,
  ): Fee {
    return { label, usd, approximate: true, ...prov(confidence, sources, note) };
  }
  return { prov, fact, fee };
}

export const { prov, fact, fee } = checkedOnDate(CHECKED_ON);

export function route(
  name: string,
  text: string,
  confidence: Confidence,
  sources: readonly string[],
  note?: string,
): EligibilityRoute {
  return { name, ...fact(text, confidence, sources, note) };
}

/** A typical duration that is our own estimate (unverified, no source). */
export function estimate(months: number, note: string = ESTIMATE_NOTE): TypicalDuration {
  return { months, estimate: true, ...prov("unverified", [], note) };
}

/** A typical duration taken from a published figure or directly from the rule itself. */
export function published(
  months: number,
  confidence: Confidence,
  sources: readonly string[],
  note?: string,
): TypicalDuration {
  return { months, estimate: false, ...prov(confidence, sources, note) };
}

export function req(slug: string): RequirementNode {
  return { type: "requirement", slug };
}

export function allOf(key: string, label: string, ...items: RequirementNode[]): RequirementNode {
  return { type: "allOf", key, label, items };
}

export function oneOf(key: string, label: string, ...items: RequirementNode[]): RequirementNode {
  return { type: "oneOf", key, label, items };
}
