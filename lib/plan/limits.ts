/**
 * How long each free-text field of a milestone may be, in characters. One constant read by the
 * zod schemas of the actions, the inputs' maxLength and the database's check constraints.
 */
export const MILESTONE_LIMITS = {
  title: 200,
  registryNumber: 100,
  score: 50,
  certificateRef: 200,
  evidenceUrl: 2000,
  notes: 4000,
} as const;
