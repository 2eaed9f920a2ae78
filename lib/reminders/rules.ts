/**
 * What to remind, and when: pure rules over dated things the app already computes (exam and
 * target dates, ARDMS five-year deadlines from lib/plan, CE cycle ends and renewal fees from
 * lib/upkeep). No date rule is written here twice: offsets are applied with lib/dates, windows and
 * cycles come from their engines. Every reminder goes out at 08:00 in the person's time zone.
 */
import { addDaysToDate, addMonthsToDate, instantAt } from "@/lib/dates";

/** The kinds a person can turn on or off, each its own family of reminders. */
export const REMINDER_KINDS = ["exam", "target", "five_year", "ce_cycle", "renewal_fee"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  exam: "Exam dates",
  target: "Target dates",
  five_year: "ARDMS five-year deadlines",
  ce_cycle: "CE cycle ends",
  renewal_fee: "Renewal fees",
};

/** The hour of the day, in the person's time zone, when reminders go out. */
export const SEND_HOUR = 8;

/** How long before its date each kind is sent; `overdue` is the day after a target date. */
export type Lead = { days: number } | { months: number } | { overdue: true };

export const LEADS: Record<ReminderKind, readonly Lead[]> = {
  exam: [{ days: 14 }, { days: 2 }],
  target: [{ days: 7 }, { overdue: true }],
  five_year: [{ months: 12 }, { months: 6 }, { months: 3 }, { months: 1 }],
  ce_cycle: [{ months: 6 }, { months: 3 }, { months: 1 }],
  renewal_fee: [{ days: 30 }],
};

/** Something with a date that reminders are about. */
export interface DatedSubject {
  kind: ReminderKind;
  /** Stable within the person: a requirement slug, a custom milestone id, a body. */
  subject: string;
  /** The date the reminders lead up to (the exam, the target, the deadline, the end, the fee). */
  date: string;
  /** When that date was set (the reminder for a moment already past then is never sent). */
  setAt: Date;
  /** What it is, in words: "AE exam", "ARDMS CME period". */
  title: string;
  /** CE cycles: complete cycles are not reminded. */
  complete?: boolean;
  /** Extra words for the mail: what is missing and the pace, for a CE cycle. */
  detail?: string;
}

export interface PlannedReminder {
  /** Unique per person: the same reminder is planned with the same key at every scan. */
  key: string;
  kind: ReminderKind;
  subject: string;
  title: string;
  detail?: string;
  /** The date it is about. */
  date: string;
  lead: Lead;
  /** "14 days before", "the day after (overdue)". */
  leadLabel: string;
  /** The local calendar day it goes out, and the instant (08:00 there). */
  sendOn: string;
  sendAt: Date;
  /** The 2-day exam reminder always goes on its own, even for digest readers. */
  alone: boolean;
}

export function leadLabel(lead: Lead): string {
  if ("overdue" in lead) return "now overdue";
  if ("days" in lead) return `${lead.days} day${lead.days === 1 ? "" : "s"} before`;
  return `${lead.months} month${lead.months === 1 ? "" : "s"} before`;
}

function leadKey(lead: Lead): string {
  if ("overdue" in lead) return "overdue";
  return "days" in lead ? `${lead.days}d` : `${lead.months}m`;
}

function sendDay(date: string, lead: Lead): string {
  if ("overdue" in lead) return addDaysToDate(date, 1);
  return "days" in lead ? addDaysToDate(date, -lead.days) : addMonthsToDate(date, -lead.months);
}

/** Every reminder a subject can have, with its moment in the person's zone. */
export function plannedFor(subject: DatedSubject, timeZone: string): PlannedReminder[] {
  if (subject.kind === "ce_cycle" && subject.complete) return [];
  return LEADS[subject.kind].map((lead) => {
    const sendOn = sendDay(subject.date, lead);
    const planned: PlannedReminder = {
      key: `${subject.kind}|${subject.subject}|${subject.date}|${leadKey(lead)}`,
      kind: subject.kind,
      subject: subject.subject,
      title: subject.title,
      date: subject.date,
      lead,
      leadLabel: leadLabel(lead),
      sendOn,
      sendAt: instantAt(sendOn, SEND_HOUR, 0, timeZone),
      alone: subject.kind === "exam" && "days" in lead && lead.days === 2,
    };
    if (subject.detail !== undefined) planned.detail = subject.detail;
    return planned;
  });
}

export interface Preferences {
  /** Kinds turned off. */
  off: readonly ReminderKind[];
  /** Weekly digest instead of single mails (the 2-day exam reminder excepted). */
  digest: boolean;
  /** No reminders until this instant (a pause of N weeks). */
  pausedUntil: Date | null;
}

export const DEFAULT_PREFERENCES: Preferences = { off: [], digest: false, pausedUntil: null };

/** The pauses offered, in weeks (0: not paused). */
export const PAUSE_WEEKS = [0, 1, 2, 4, 8] as const;

/** The Monday (local calendar date) that starts the week of a local date. */
export function weekStartOf(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 is Sunday
  return addDaysToDate(date, -((weekday + 6) % 7));
}

export interface DueReminder extends PlannedReminder {
  /**
   * Digest readers: the Monday of the week whose digest carries it. The digest goes out that
   * Monday at 08:00 with every reminder of the week, so `sendAt` is that moment.
   */
  digestWeek?: string;
}

/**
 * The reminders due at `now`. A reminder is due once its moment has come, unless its moment had
 * already passed when its date was set (never sent late; the overdue reminder is the exception,
 * since lateness is what it is about), or the thing it leads up to has already happened, or a
 * later reminder of the same thing is due too (only the latest of them goes). For a
 * digest reader the moment is the Monday 08:00 of its week (when that was still to come when the
 * date was set; otherwise the reminder goes alone at its own moment). Turned-off kinds and a
 * pause hold reminders back.
 */
export function dueAt(
  subjects: readonly DatedSubject[],
  timeZone: string,
  now: Date,
  preferences: Preferences = DEFAULT_PREFERENCES,
): DueReminder[] {
  const { pausedUntil } = preferences;
  if (pausedUntil && now < pausedUntil) return [];
  const due: DueReminder[] = [];
  for (const subject of subjects) {
    if (preferences.off.includes(subject.kind)) continue;
    const dateInstant = instantAt(subject.date, SEND_HOUR, 0, timeZone);
    // Of one subject's reminders due at once (a scan that comes late), only the latest goes:
    // "14 days before" is no longer true once "2 days before" is.
    let latest: { reminder: DueReminder; ownMoment: Date } | undefined;
    for (const planned of plannedFor(subject, timeZone)) {
      const overdue = "overdue" in planned.lead;
      if (!overdue && planned.sendAt < subject.setAt) continue;
      let reminder: DueReminder = planned;
      if (preferences.digest && !planned.alone) {
        const week = weekStartOf(planned.sendOn);
        const digestAt = instantAt(week, SEND_HOUR, 0, timeZone);
        if (digestAt >= subject.setAt)
          reminder = { ...planned, sendAt: digestAt, digestWeek: week };
      }
      if (reminder.sendAt > now) continue;
      // Paused: what fell due during the pause is not sent afterwards.
      if (pausedUntil && reminder.sendAt < pausedUntil) continue;
      // The date itself has come: a reminder leading up to it is no use any more.
      if (!overdue && now >= dateInstant) continue;
      if (!latest || planned.sendAt > latest.ownMoment) {
        latest = { reminder, ownMoment: planned.sendAt };
      }
    }
    if (latest) due.push(latest.reminder);
  }
  return due.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.key.localeCompare(b.key));
}

export interface MailPlan {
  /** Reminders mailed on their own. */
  single: DueReminder[];
  /** Digest readers: one mail per week (keyed by its Monday) with the week's reminders. */
  digests: { weekStart: string; key: string; reminders: DueReminder[] }[];
}

/** How due reminders leave: one mail each, or one digest per week for those that have one. */
export function mailPlan(due: readonly DueReminder[]): MailPlan {
  const single = due.filter((reminder) => reminder.digestWeek === undefined);
  const weeks = new Map<string, DueReminder[]>();
  for (const reminder of due) {
    if (reminder.digestWeek === undefined) continue;
    weeks.set(reminder.digestWeek, [...(weeks.get(reminder.digestWeek) ?? []), reminder]);
  }
  return {
    single,
    digests: [...weeks.entries()].map(([weekStart, reminders]) => ({
      weekStart,
      key: `digest|${weekStart}`,
      reminders,
    })),
  };
}
