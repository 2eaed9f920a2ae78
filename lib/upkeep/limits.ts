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

/** The per-body credit fields of an activity, in form order (no zod here: forms import this). */
export type BodyCreditField =
  | "creditsArdms"
  | "creditsCci"
  | "creditsArrt"
  | "creditsArrtSonography"
  | "creditsAbii"
  | "creditsAhra";

export const BODY_CREDIT_FIELDS: readonly { field: BodyCreditField; label: string }[] = [
  { field: "creditsArrt", label: "ARRT credits" },
  { field: "creditsArrtSonography", label: "of which ARRT Sonography" },
  { field: "creditsArdms", label: "ARDMS CMEs" },
  { field: "creditsCci", label: "CCI CEUs" },
  { field: "creditsAbii", label: "ABII credits" },
  { field: "creditsAhra", label: "AHRA (CRA) credits" },
];

/** Held-credential spells: a free-text note is not stored; only dates and a status. */
export const HELD_STATUSES = ["active", "lapsed", "ended"] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];
