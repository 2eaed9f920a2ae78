import "server-only";
import {
  listPendingReminders,
  listUsersForScan,
  loadScanRecords,
  recordReminders,
  type NewReminder,
} from "@/db/queries/reminders";
import { catalog, getRequirement, pathsUsingRequirement } from "@/lib/catalog";
import { shortName } from "@/lib/catalog/names";
import { todayIn } from "@/lib/dates";
import { emailEnabled, env } from "@/lib/env";
import { createRequirementEvaluator, deadlinesFrom } from "@/lib/plan";
import { recordsWithProfile } from "@/lib/eligibility/stored-profile";
import { recordsFromRows } from "@/lib/plan/records";
import { evaluateUpkeep } from "@/lib/upkeep";
import { formatCredits } from "@/lib/upkeep/credits";
import { upkeepInputFor } from "@/lib/upkeep/inputs";
import {
  DEFAULT_PREFERENCES,
  REMINDER_KINDS,
  dueAt,
  mailPlan,
  type DatedSubject,
  type Preferences,
  type ReminderKind,
} from "@/lib/reminders/rules";
import { enqueue } from "@/lib/server/jobs/boss";
import { QUEUES } from "@/lib/server/jobs/queues";

/** Users read per batch: a handful of set-based queries each. */
const BATCH = 200;
const LONG_AGO = new Date(0);

type ScanRecords = Awaited<ReturnType<typeof loadScanRecords>>;

function groupBy<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.userId, [...(groups.get(row.userId) ?? []), row]);
  return groups;
}

/** Mail goes only to an address its owner proved, and only where mail can leave at all. */
export function mailReaches(user: { emailVerified: Date | null }): boolean {
  return user.emailVerified !== null && (emailEnabled || env.NODE_ENV !== "production");
}

export function preferencesOf(
  row: { off: string[]; digest: boolean; pausedUntil: Date | null } | undefined,
): Preferences {
  if (!row) return DEFAULT_PREFERENCES;
  return {
    off: row.off.filter((kind): kind is ReminderKind =>
      (REMINDER_KINDS as readonly string[]).includes(kind),
    ),
    digest: row.digest,
    pausedUntil: row.pausedUntil,
  };
}

/** A user's dated things, as the reminder rules read them, and where each one lives in the app. */
function subjectsOf(
  userId: string,
  records: ScanRecords,
  grouped: {
    progress: Map<string, ScanRecords["progressRows"]>;
    attempts: Map<string, ScanRecords["attempts"]>;
    held: Map<string, ScanRecords["held"]>;
    custom: Map<string, ScanRecords["custom"]>;
    changes: Map<string, ScanRecords["dateChanges"]>;
    plans: Map<string, ScanRecords["userPlans"]>;
    activities: Map<string, ScanRecords["activities"]>;
  },
  today: string,
): { subjects: DatedSubject[]; links: Map<string, string> } {
  const progressRows = grouped.progress.get(userId) ?? [];
  const attempts = grouped.attempts.get(userId) ?? [];
  const profile = records.profiles.find((row) => row.userId === userId);
  const heldRows = grouped.held.get(userId) ?? [];
  // The same mapping as every page's (the profile's experience, FE's credential, UPI…).
  const { records: userRecords } = recordsWithProfile({
    records: recordsFromRows({ progress: progressRows, held: heldRows, attempts, profile }),
    answers: records.eligibility.find((row) => row.userId === userId)?.answers,
    onboarded: Boolean(profile?.onboardedAt),
    today,
  });
  const evaluator = createRequirementEvaluator(userRecords, today, catalog);
  const changes = grouped.changes.get(userId) ?? [];
  const changedAt = (field: string, match: (row: (typeof changes)[number]) => boolean) =>
    changes.find((row) => row.field === field && match(row))?.at;
  const userPlans = [...(grouped.plans.get(userId) ?? [])].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary),
  );
  const planLink = (requirementSlug: string) => {
    const paths = new Set(pathsUsingRequirement(requirementSlug).map((path) => path.slug));
    const plan = userPlans.find((candidate) => paths.has(candidate.pathSlug));
    return plan ? `/plans/${plan.id}` : undefined;
  };

  const subjects: DatedSubject[] = [];
  const links = new Map<string, string>();
  const add = (subject: DatedSubject, link: string | undefined) => {
    subjects.push(subject);
    if (link) links.set(`${subject.kind}|${subject.subject}`, link);
  };

  for (const row of progressRows) {
    const status = evaluator.state(row.requirementSlug).status;
    if (status === "done" || status === "waived") continue;
    const name = shortName(getRequirement(row.requirementSlug), row.requirementSlug);
    const bySlug = (change: (typeof changes)[number]) =>
      change.requirementSlug === row.requirementSlug;
    if (row.examDate) {
      add(
        {
          kind: "exam",
          subject: row.requirementSlug,
          date: row.examDate,
          setAt: changedAt("examDate", bySlug) ?? row.createdAt,
          title: `${name} exam`,
        },
        planLink(row.requirementSlug),
      );
    }
    if (row.targetDate) {
      add(
        {
          kind: "target",
          subject: row.requirementSlug,
          date: row.targetDate,
          setAt: changedAt("targetDate", bySlug) ?? row.createdAt,
          title: name,
        },
        planLink(row.requirementSlug),
      );
    }
  }
  for (const row of grouped.custom.get(userId) ?? []) {
    if (!row.targetDate || row.status === "done" || row.status === "waived") continue;
    const byId = (change: (typeof changes)[number]) => change.customMilestoneId === row.id;
    add(
      {
        kind: "target",
        subject: `custom:${row.id}`,
        date: row.targetDate,
        setAt: changedAt("targetDate", byId) ?? changedAt("created", byId) ?? row.createdAt,
        title: row.title,
      },
      `/plans/${row.planId}`,
    );
  }
  for (const deadline of deadlinesFrom(evaluator)) {
    if (!deadline.deadline || deadline.exempt || deadline.closed) continue;
    // The window opened when its first pass was recorded in the app.
    const firstPass = attempts.find(
      (attempt) =>
        attempt.requirementSlug === deadline.startedBy &&
        attempt.result === "passed" &&
        attempt.attemptedOn === deadline.firstPassDate,
    );
    add(
      {
        kind: "five_year",
        subject: deadline.credentialSlug,
        date: deadline.deadline,
        setAt: firstPass?.createdAt ?? LONG_AGO,
        title: `${shortName(getRequirement(deadline.credentialSlug), deadline.credentialSlug)} five-year deadline`,
      },
      planLink(deadline.credentialSlug),
    );
  }
  // CE cycles and renewal fees, from the upkeep engine over the same records and the CE log.
  const upkeep = evaluateUpkeep(
    upkeepInputFor({
      today,
      spells: heldRows,
      records: userRecords,
      activities: grouped.activities.get(userId) ?? [],
      arrtBirthMonth: profile?.arrtBirthMonth ?? null,
      catalog,
    }).input,
  );
  for (const cycle of upkeep) {
    if (cycle.status === "needs_input" || !cycle.held) continue;
    // A cycle's dates are known from the day its first credential was entered (or passed).
    const entered = heldRows
      .filter((row) => cycle.credentials.includes(row.requirementSlug))
      .map((row) => row.createdAt.getTime());
    const setAt = entered.length
      ? new Date(Math.min(...entered))
      : (attempts.find((attempt) => attempt.result === "passed")?.createdAt ?? LONG_AGO);
    if (cycle.required > 0 && cycle.status !== "ended") {
      const missing = cycle.remaining.total;
      const subject: DatedSubject = {
        kind: "ce_cycle",
        subject: cycle.body,
        date: cycle.periodEnd,
        setAt,
        title: cycle.name,
        complete: cycle.status === "complete",
      };
      if (missing > 0) {
        subject.detail =
          `${formatCredits(missing)} ${cycle.unit ?? "credits"} still to earn` +
          (cycle.pace ? `, about ${formatCredits(cycle.pace.perMonth)} a month` : "");
      }
      add(subject, "/upkeep");
    }
    if (cycle.fee) {
      add(
        {
          kind: "renewal_fee",
          subject: cycle.body,
          date: cycle.fee.dueOn,
          setAt,
          title: cycle.fee.label,
        },
        "/upkeep",
      );
    }
  }
  return { subjects, links };
}

export interface ScanResult {
  users: number;
  recorded: number;
  queued: number;
}

/**
 * Works out, for every user, which reminders are due at `now` (from the pure rules in
 * lib/reminders, over dates the plan engine computes), records each once, and queues the sending
 * of every recorded reminder whose moment has come. Safe to run any number of times, from any
 * number of processes: a reminder's key is recorded once and a send job is keyed by its id.
 */
export async function scan(now: Date): Promise<ScanResult> {
  const result: ScanResult = { users: 0, recorded: 0, queued: 0 };
  let afterId: string | null = null;
  for (;;) {
    const batch = await listUsersForScan({ afterId, limit: BATCH });
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]!.id;
    result.users += batch.length;
    const records = await loadScanRecords(batch.map((user) => user.id));
    const grouped = {
      progress: groupBy(records.progressRows),
      attempts: groupBy(records.attempts),
      held: groupBy(records.held),
      custom: groupBy(records.custom),
      changes: groupBy(records.dateChanges),
      plans: groupBy(records.userPlans),
      activities: groupBy(records.activities),
    };
    const rows: NewReminder[] = [];
    for (const user of batch) {
      const zone = user.timeZone ?? "UTC";
      const { subjects, links } = subjectsOf(user.id, records, grouped, todayIn(zone, now));
      if (subjects.length === 0) continue;
      const preferences = preferencesOf(records.preferences.find((row) => row.userId === user.id));
      const plan = mailPlan(dueAt(subjects, zone, now, preferences));
      const mails = mailReaches(user);
      const rowOf = (reminder: (typeof plan.single)[number]): NewReminder => ({
        userId: user.id,
        key: reminder.key,
        kind: reminder.kind,
        subject: reminder.subject,
        title: reminder.title,
        detail: reminder.detail ?? null,
        aboutDate: reminder.date,
        leadLabel: reminder.leadLabel,
        sendAt: reminder.sendAt,
        state: mails ? "pending" : "in_app",
        link: links.get(`${reminder.kind}|${reminder.subject}`) ?? null,
      });
      rows.push(...plan.single.map(rowOf));
      for (const digest of plan.digests) {
        rows.push({
          userId: user.id,
          key: digest.key,
          kind: "digest",
          subject: "week",
          title: "Your week ahead",
          detail: null,
          aboutDate: digest.weekStart,
          leadLabel: "weekly digest",
          sendAt: digest.reminders[0]!.sendAt,
          state: mails ? "pending" : "in_app",
          link: "/notifications",
        });
        rows.push(
          ...digest.reminders.map((reminder) => ({
            ...rowOf(reminder),
            state: "in_digest" as const,
            digestKey: digest.key,
          })),
        );
      }
    }
    await recordReminders(rows);
    result.recorded += rows.length;
  }
  // Queue every reminder due to be mailed (new or left pending by an earlier scan). The job id is
  // the reminder's id, so a reminder already queued is not queued again.
  for (;;) {
    const pending = await listPendingReminders({ now, limit: 500 });
    let added = 0;
    for (const { id } of pending) {
      if (await enqueue(QUEUES.remindersSend, { reminderId: id }, { id })) added += 1;
    }
    result.queued += added;
    if (pending.length < 500 || added === 0) break;
  }
  return result;
}
