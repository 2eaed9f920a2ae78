/**
 * Credential upkeep: the pure engine that checks one CE log against every body's cycle.
 *
 *   const cycles = evaluateUpkeep({ today, credentials, examPasses, activities, arrtBirthMonth });
 *   const next = nextUpkeepAction(cycles, today);
 *
 * Rules live in the catalog (`lib/catalog/upkeep.ts`), period arithmetic in `lib/windows.ts`.
 * Credits are integer hundredths throughout (`formatCredits` for display).
 */
export * from "./types";
export { evaluateUpkeep, cycleFor } from "./cycles";
export { nextUpkeepAction, upkeepAgenda } from "./agenda";
export { ceilDiv, formatCredits, parseCredits, toHundredths } from "./credits";
export { foldText } from "./text";
export {
  TRANSCRIPT_COLUMNS,
  TRANSCRIPT_MAX_BYTES,
  TRANSCRIPT_MAX_CREDITS,
  TRANSCRIPT_MAX_PROVIDER,
  TRANSCRIPT_MAX_ROWS,
  TRANSCRIPT_MAX_TITLE,
  parseTranscript,
  readCsvRecords,
} from "./transcript";
export type {
  LoggedActivity,
  TranscriptField,
  TranscriptOptions,
  TranscriptProblem,
  TranscriptResult,
  TranscriptRow,
} from "./transcript";
