/**
 * Held-credential spells: the rules for one person's history of holding a credential. A spell runs
 * from the day it was earned to its last day (null while active); spells of one credential never
 * overlap, and at most one is open. Pure: the data layer calls `spellConflict` under a row lock.
 */
import type { HeldStatus } from "./limits";
import type { CredentialSpell } from "./types";

export interface SpellDates {
  id?: string;
  earnedOn: string | null;
  status: HeldStatus;
  endedOn: string | null;
}

/** The engine's status for a stored one: a spell that ended is no longer held. */
export function engineStatus(status: HeldStatus): CredentialSpell["status"] {
  return status === "active" ? "active" : status === "lapsed" ? "lapsed" : "inactive";
}

/**
 * Why a spell cannot be saved beside the others of the same credential, or null. Undated spells
 * count as running from the beginning (an undated declaration cannot sit beside a dated one
 * safely, so it must be dated first).
 */
export function spellConflict(candidate: SpellDates, others: readonly SpellDates[]): string | null {
  if ((candidate.status === "active") !== (candidate.endedOn === null)) {
    return candidate.status === "active"
      ? "A credential you still hold has no end date."
      : "Give the last day you held it.";
  }
  if (candidate.endedOn !== null && candidate.earnedOn !== null) {
    if (candidate.endedOn < candidate.earnedOn) return "It can't end before it was earned.";
  }
  for (const other of others) {
    if (other.id !== undefined && other.id === candidate.id) continue;
    if (candidate.status === "active" && other.status === "active") {
      return "You already hold this credential. End that spell first, or edit it.";
    }
    const start = (spell: SpellDates) => spell.earnedOn ?? "0000-01-01";
    const end = (spell: SpellDates) => spell.endedOn ?? "9999-12-31";
    if (start(candidate) <= end(other) && start(other) <= end(candidate)) {
      return "These dates overlap another time you held this credential.";
    }
  }
  return null;
}
