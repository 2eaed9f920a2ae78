/**
 * The user's records, indexed by requirement slug. Dates that are not real calendar dates are read
 * as missing rather than trusted, so one bad row cannot break a whole plan.
 */
import { isIsoDate } from "@/lib/dates";
import type { ExamAttempt, HeldCredential, ProgressRecord, UserRecords } from "./types";

export interface RecordIndex {
  /** The requirement's progress record (the newest, should there be several). */
  progress(slug: string): ProgressRecord | undefined;
  /** The held declaration, with the earliest known date if declared more than once. */
  held(slug: string): HeldCredential | undefined;
  /** Attempts at an exam, oldest first. */
  attempts(slug: string): readonly ExamAttempt[];
  experienceMonths: number | null;
  experience: UserRecords["experience"];
}

export function dateOrNull(value: string | null | undefined): string | null {
  return typeof value === "string" && isIsoDate(value) ? value : null;
}

function cleanProgress(record: ProgressRecord): ProgressRecord {
  return {
    ...record,
    targetDate: dateOrNull(record.targetDate),
    examDate: dateOrNull(record.examDate),
    completedDate: dateOrNull(record.completedDate),
  };
}

/** Newer `updatedAt` wins; without timestamps, the later row wins. */
function newer(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  if (a.updatedAt !== undefined && b.updatedAt !== undefined) {
    return b.updatedAt >= a.updatedAt ? b : a;
  }
  return b;
}

export function indexRecords(records: UserRecords): RecordIndex {
  const progress = new Map<string, ProgressRecord>();
  for (const raw of records.progress) {
    const record = cleanProgress(raw);
    const existing = progress.get(record.requirementSlug);
    progress.set(record.requirementSlug, existing ? newer(existing, record) : record);
  }

  const held = new Map<string, HeldCredential>();
  for (const raw of records.held) {
    const earnedOn = dateOrNull(raw.earnedOn);
    const existing = held.get(raw.requirementSlug);
    const countsToward = raw.countsToward ?? existing?.countsToward ?? null;
    if (!existing) {
      held.set(raw.requirementSlug, {
        requirementSlug: raw.requirementSlug,
        earnedOn,
        countsToward,
      });
    } else if (earnedOn !== null && (existing.earnedOn === null || earnedOn < existing.earnedOn)) {
      held.set(raw.requirementSlug, {
        requirementSlug: raw.requirementSlug,
        earnedOn,
        countsToward,
      });
    } else if (countsToward !== existing.countsToward) {
      held.set(raw.requirementSlug, { ...existing, countsToward });
    }
  }

  const attempts = new Map<string, ExamAttempt[]>();
  for (const attempt of records.attempts) {
    if (!isIsoDate(attempt.attemptedOn)) continue;
    const list = attempts.get(attempt.requirementSlug);
    if (list) list.push(attempt);
    else attempts.set(attempt.requirementSlug, [attempt]);
  }
  for (const list of attempts.values()) {
    list.sort((a, b) =>
      a.attemptedOn < b.attemptedOn ? -1 : a.attemptedOn > b.attemptedOn ? 1 : 0,
    );
  }

  const months = records.experienceMonths;
  return {
    progress: (slug) => progress.get(slug),
    held: (slug) => held.get(slug),
    attempts: (slug) => attempts.get(slug) ?? [],
    experienceMonths: typeof months === "number" && Number.isFinite(months) ? months : null,
    experience: records.experience,
  };
}

/** The stored rows a user's records are read from (database rows have these and more). */
export interface StoredRecords {
  progress: readonly {
    requirementSlug: string;
    status: ProgressRecord["status"];
    targetDate: string | null;
    examDate: string | null;
    completedDate: string | null;
    updatedAt: Date;
  }[];
  /** Held-credential spells; only active ones (or rows without a status) count as held now. */
  held: readonly { requirementSlug: string; earnedOn: string | null; status?: string }[];
  attempts: readonly ExamAttempt[];
  profile: { experienceMonths: number | null } | undefined;
}

/** A user's stored rows as the plan engine reads them: the one mapping, for every loader. */
export function recordsFromRows(rows: StoredRecords): UserRecords {
  return {
    progress: rows.progress.map((row) => ({
      requirementSlug: row.requirementSlug,
      status: row.status,
      targetDate: row.targetDate,
      examDate: row.examDate,
      completedDate: row.completedDate,
      updatedAt: row.updatedAt.toISOString(),
    })),
    held: rows.held.map((row) => ({
      requirementSlug: row.requirementSlug,
      earnedOn: row.earnedOn,
    })),
    attempts: rows.attempts.map((row) => ({
      requirementSlug: row.requirementSlug,
      attemptedOn: row.attemptedOn,
      result: row.result,
      countsToward: row.countsToward,
    })),
    experienceMonths: rows.profile?.experienceMonths ?? null,
  };
}
