/**
 * Limits of a CE activity, in one constant read by the zod schemas of the actions and the import,
 * the inputs' maxLength, the transcript reader and the database's check constraints.
 */
export const CE_LIMITS = {
  title: 300,
  provider: 200,
  notes: 2000,
  /** Credits per activity must be below this (an academic course can be 48). */
  creditsBelow: 1000,
} as const;

/** Held-credential spells: a free-text note is not stored; only dates and a status. */
export const HELD_STATUSES = ["active", "lapsed", "ended"] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];
