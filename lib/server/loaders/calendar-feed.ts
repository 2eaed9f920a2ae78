import "server-only";
import { createHash } from "node:crypto";
import { catalog, getRequirement } from "@/lib/catalog";
import { fullName } from "@/lib/catalog/names";
import { listAllCustomMilestonesByUser } from "@/db/queries/plans";
import { findUserIdByCalendarToken, replaceCalendarToken } from "@/db/queries/calendar";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import { getUserById } from "@/db/queries/users";
import { buildCalendar, type CalendarItem } from "@/lib/calendar";
import { createRequirementEvaluator, fiveYearDeadlines } from "@/lib/plan";
import { now, todayFor } from "@/lib/server/clock";
import { hashToken, issueToken } from "@/lib/server/tokens";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { formatCredits } from "@/lib/upkeep";
import { bodyName, listCodes, readyCycle } from "@/lib/upkeep/describe";
import { upkeepFrom } from "./upkeep";

const nameOf = (slug: string) => {
  const requirement = getRequirement(slug);
  return requirement ? fullName(requirement) : slug;
};

/**
 * The user's private calendar: exam dates, target dates, five-year-rule deadlines, and for each
 * renewal cycle held its period end and its next fee's due date.
 */
export async function calendarForUser(userId: string): Promise<string> {
  const [user, custom, activities] = await Promise.all([
    getUserById(userId),
    listAllCustomMilestonesByUser(userId),
    listCeActivitiesByUser(userId),
  ]);
  const today = todayFor({ timeZone: user?.timeZone ?? null });
  const userData = await loadUserRecords(userId, today);
  // UIDs name the item, not the user: a one-way tag keeps them unique without exposing the id.
  const tag = createHash("sha256").update(userId).digest("hex").slice(0, 16);
  const uid = (kind: string, key: string) => `${kind}-${key}-${tag}@sonography-career-planner`;
  const items: CalendarItem[] = [];
  // The status the plan shows (derived from attempts and windows), not the one last set.
  const evaluator = createRequirementEvaluator(userData.records, today, catalog);
  for (const row of userData.progressRows) {
    const status = evaluator.state(row.requirementSlug).status;
    if (status === "waived") continue;
    // Exam dates stay in the calendar after the exam (a record of when it was); targets go once done.
    if (row.examDate) {
      items.push({
        uid: uid("exam", row.requirementSlug),
        date: row.examDate,
        title: `Exam: ${nameOf(row.requirementSlug)}`,
      });
    }
    if (row.targetDate && status !== "done") {
      items.push({
        uid: uid("target", row.requirementSlug),
        date: row.targetDate,
        title: `Target: ${nameOf(row.requirementSlug)}`,
      });
    }
  }
  for (const row of custom) {
    if (row.targetDate && row.status !== "done" && row.status !== "waived") {
      items.push({
        uid: uid("custom", row.id),
        date: row.targetDate,
        title: `Target: ${row.title}`,
      });
    }
  }
  for (const deadline of fiveYearDeadlines(userData.records, today, catalog)) {
    if (!deadline.deadline || deadline.exempt || deadline.closed) continue;
    if (deadline.rule === ARRT_WINDOW) {
      items.push({
        uid: uid("arrt-window", deadline.credentialSlug),
        date: deadline.deadline,
        title: `ARRT 24-month clinical window: ${nameOf(deadline.credentialSlug)}`,
        description: `Apply by this date, 24 months after your first logged procedure (${deadline.firstPassDate}): older procedures stop counting.`,
      });
      continue;
    }
    items.push({
      uid: uid("five-year", deadline.credentialSlug),
      date: deadline.deadline,
      title: `ARDMS five-year deadline: ${nameOf(deadline.credentialSlug)}`,
      description: `Pass the remaining exam by this date, five calendar years after your first pass (${deadline.firstPassDate}). Confirm with ARDMS.`,
    });
  }
  for (const result of upkeepFrom(userData, activities, today).cycles) {
    const cycle = readyCycle(result);
    if (!cycle || !cycle.held) continue;
    const body = bodyName(cycle.body);
    const codes = listCodes(cycle.credentials);
    items.push({
      uid: uid("cycle-end", `${cycle.body}-${cycle.periodEnd}`),
      date: cycle.periodEnd,
      title: `${body} cycle ends (${codes})`,
      description:
        cycle.requirementKind === "credits"
          ? `${cycle.name}: ${formatCredits(cycle.required)} ${cycle.unit ?? "credits"} required; ${formatCredits(cycle.remaining.total)} still missing when this feed was read.`
          : `${cycle.name}: this period asks for no CE.`,
    });
    if (cycle.fee) {
      items.push({
        uid: uid("fee", `${cycle.body}-${cycle.fee.dueOn}`),
        date: cycle.fee.dueOn,
        title: `${body} fee due: ${cycle.fee.label} (about $${cycle.fee.usd})`,
        description: `${cycle.fee.ifUnpaid} Amounts are approximate: check with ${body}.`,
      });
    }
  }
  return buildCalendar(items);
}

const ARRT_WINDOW = "arrt-postprimary-24-months";

/** A new private feed link for the user; any older link stops working. Returns the token once. */
export async function issueCalendarToken(userId: string): Promise<string> {
  const { token, tokenHash } = issueToken(24);
  await replaceCalendarToken({ userId, tokenHash, now: now() });
  return token;
}

/** Whose feed a token opens, if any. */
export function calendarOwner(token: string): Promise<string | undefined> {
  return findUserIdByCalendarToken(hashToken(token));
}
