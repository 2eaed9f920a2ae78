/**
 * ARDMS readings the catalog cannot express as data: which credential an FE pass counts toward,
 * and whether an old SPI pass still counts toward a new credential (SPI "banking").
 */
import type { ExamAttempt } from "./types";

export const SPI_SLUG = "ardms-spi";
export const FE_SLUG = "ardms-fe";
export const RDMS_SLUG = "ardms-rdms";
export const RDCS_SLUG = "ardms-rdcs";

/**
 * THE SPI BANKING READING (one switch; a unit test pins it).
 *
 * ARDMS's five-year-rule page exempts only specialties added to a credential already held, and
 * says an RDMS holder who passes SPI *later* must pass an RDCS or RVT specialty within five years.
 * It never says whether an SPI passed long ago counts toward a second, new credential. The
 * reference's verification pass (section 6) says: model SPI as banked while the holder is Active,
 * and flag it for confirmation with ARDMS.
 *
 * So, while `true`: when the user holds another credential from ARDMS (declared, or earned inside
 * its own window) and passed SPI no later than they earned it, SPI stays banked: no five-year
 * deadline applies to a new ARDMS credential, and the result's note says to confirm with ARDMS.
 * Set to `false` for the strict reading, where the five-year window always applies.
 */
export const SPI_BANKED_WHILE_ACTIVE = true;

export function spiBankedNote(holderCode: string): string {
  return (
    `No five-year deadline: because you hold ${holderCode}, your earlier SPI pass is treated as ` +
    `banked while that credential stays Active. ARDMS's rules do not settle this, so confirm with ` +
    `ARDMS before relying on it.`
  );
}

/** ARDMS credentials: each is earned with SPI (or, before SPI, the older UPI physics exam). */
export const ARDMS_CREDENTIAL_SLUGS: readonly string[] = [
  RDMS_SLUG,
  RDCS_SLUG,
  "ardms-rvt",
  "ardms-rmsks",
];

/**
 * THE SPI IMPLICATION RULE (one home; the plan engine and the eligibility engine both read it).
 * An ARDMS credential held implies SPI was passed, unless the user says it was earned through the
 * older UPI physics exam. Returns the first held ARDMS credential that implies it, or null.
 */
export function spiImpliedBy(
  heldSlugs: readonly string[],
  physicsViaUpi: boolean | undefined,
): string | null {
  if (physicsViaUpi === true) return null;
  return ARDMS_CREDENTIAL_SLUGS.find((slug) => heldSlugs.includes(slug)) ?? null;
}

export function spiImpliedNote(holderCode: string): string {
  return `SPI is implied by your ${holderCode}: every ARDMS credential includes SPI (or the older physics exam). If yours was earned through the old UPI exam, say so in your profile.`;
}

/** A credential from the same issuer that could bank SPI, and when it was earned (if known). */
export interface BankingHolder {
  slug: string;
  code: string;
  earnedOn: string | null;
}

/**
 * The holder that keeps SPI banked, or null when the window applies. `spiFirstPass` is undefined
 * when SPI has not been passed, null when it was passed on an unknown date. SPI passed *after* the
 * holder was earned is ARDMS's documented case (pass a specialty within five years): not banked.
 * An undated SPI pass is never banked: its order against the holder is unknown, so the window
 * cannot be checked (the plan asks for the date). SPI implied by a held ARDMS credential is banked
 * by that credential in requirement-state.ts.
 */
export function spiBankedBy(
  spiFirstPass: string | null | undefined,
  holders: readonly BankingHolder[],
  bankedWhileActive: boolean = SPI_BANKED_WHILE_ACTIVE,
): BankingHolder | null {
  if (!bankedWhileActive || spiFirstPass === undefined || spiFirstPass === null) return null;
  return (
    holders.find((holder) => holder.earnedOn === null || spiFirstPass <= holder.earnedOn) ?? null
  );
}

/** A credential needs a pass that has no date: the five-year window cannot be checked. */
export function undatedPassNote(examCodes: string, credentialCode: string): string {
  return `The five-year deadline for ${credentialCode} cannot be checked: your ${examCodes} pass has no date. Add the date it was passed.`;
}

/**
 * Exams that count toward one credential only. FE counts toward RDMS or RDCS, chosen when it is
 * taken, and cannot be moved afterwards. There is no default: an FE pass that names no credential
 * counts toward neither until the user says which ("counts toward: not stated").
 */
export const EXAMS_COUNTED_ONCE: Readonly<Record<string, { credentials: readonly string[] }>> = {
  [FE_SLUG]: { credentials: [RDMS_SLUG, RDCS_SLUG] },
};

/** Whether an exam counts toward one credential only (ARDMS FE). */
export function countsOnce(examSlug: string): boolean {
  return EXAMS_COUNTED_ONCE[examSlug] !== undefined;
}

/**
 * The single credential an exam that counts once counts toward, or null for any other exam and
 * when the user has not said:
 * 1. the earliest passed attempt that names a credential;
 * 2. else the earliest attempt of any result that names one (the sitting was booked under it);
 * 3. else null: "counts toward: not stated".
 * A held declaration with its answer is passed in as an attempt (see requirement-state.ts).
 */
export function countsTowardOnce(
  examSlug: string,
  attempts: readonly ExamAttempt[],
): string | null {
  const rule = EXAMS_COUNTED_ONCE[examSlug];
  if (!rule) return null;
  const named = attempts
    .filter((a) => a.requirementSlug === examSlug)
    .filter((a) => a.countsToward !== null && rule.credentials.includes(a.countsToward))
    .sort((a, b) => (a.attemptedOn < b.attemptedOn ? -1 : a.attemptedOn > b.attemptedOn ? 1 : 0));
  const passed = named.find((a) => a.result === "passed");
  return (passed ?? named[0])?.countsToward ?? null;
}

/** The one credential the user's FE counts toward: RDMS, RDCS, or null (not stated). */
export function fetCountsToward(attempts: readonly ExamAttempt[]): string | null {
  return countsTowardOnce(FE_SLUG, attempts);
}

/** Whether a pass of `examSlug` may count toward `credentialSlug`. */
export function examCountsFor(
  examSlug: string,
  credentialSlug: string,
  attempts: readonly ExamAttempt[],
): boolean {
  const rule = EXAMS_COUNTED_ONCE[examSlug];
  if (!rule || !rule.credentials.includes(credentialSlug)) return true;
  return countsTowardOnce(examSlug, attempts) === credentialSlug;
}

/** An exam that counts once, passed, with no credential named: the plan asks which. */
export function countsTowardNotStatedNote(examCode: string, credentialCodes: string): string {
  return `Your ${examCode} pass counts toward: not stated. ${examCode} counts toward ${credentialCodes}, once: say which in your profile (Settings) or with the exam's result.`;
}
