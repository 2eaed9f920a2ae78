import "server-only";
import type { Reminder } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { formatCalendarDate } from "@/lib/format";
import type { ReminderKind } from "@/lib/reminders/rules";
import type { Mail } from "@/lib/server/mail";
import { unsubscribePageUrl, unsubscribePostUrl, type UnsubscribeScope } from "./unsubscribe";

const APP_NAME = "Sonography Career Planner";

/** Why the person gets this reminder, in one sentence with the date in their locale. */
export function reasonFor(
  reminder: Pick<Reminder, "kind" | "title" | "aboutDate" | "leadLabel">,
  locale: string,
): string {
  const date = formatCalendarDate(reminder.aboutDate, locale, "long");
  switch (reminder.kind as ReminderKind) {
    case "exam":
      return `because your ${reminder.title} is on ${date}`;
    case "target":
      return reminder.leadLabel === "now overdue"
        ? `because your target date for ${reminder.title} was ${date}`
        : `because your target date for ${reminder.title} is ${date}`;
    case "five_year":
      return `because your ${reminder.title} is ${date}`;
    case "ce_cycle":
      return `because your ${reminder.title} ends on ${date}`;
    case "renewal_fee":
      return `because your ${reminder.title} is due on ${date}`;
    default:
      return `about ${reminder.title} (${date})`;
  }
}

function subjectOf(reminder: Pick<Reminder, "kind" | "title" | "leadLabel">): string {
  if (reminder.leadLabel === "now overdue") return `${reminder.title}: target date passed`;
  return `${reminder.title}: ${reminder.leadLabel.replace(" before", " to go")}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function linkTo(path: string | null): string {
  return new URL(path ?? "/notifications", appUrl).toString();
}

/**
 * A reminder mail, text and HTML: the app's name, the reason with the date in the reader's
 * locale, a link straight to the milestone, and how to turn this kind off (List-Unsubscribe,
 * RFC 8058, plus a link to a page with a button).
 */
export function reminderMail(input: {
  to: string;
  userId: string;
  locale: string;
  reminder: Reminder;
  /** A weekly digest's reminders. */
  carried?: readonly Reminder[];
}): Mail {
  const { reminder, locale } = input;
  const digest = reminder.kind === "digest";
  const scope: UnsubscribeScope = digest ? "all" : (reminder.kind as ReminderKind);
  const items = digest ? [...(input.carried ?? [])] : [reminder];
  const subject = digest
    ? `${APP_NAME}: your week ahead (${items.length} reminder${items.length === 1 ? "" : "s"})`
    : `${APP_NAME}: ${subjectOf(reminder)}`;
  const detailOf = (item: Reminder) => (item.detail ? ` ${item.detail}.` : "");
  const lines = items.map(
    (item) =>
      `- ${subjectOf(item)}: ${reasonFor(item, locale)}.${detailOf(item)}\n  ${linkTo(item.link)}`,
  );
  const unsubscribe = unsubscribePageUrl(input.userId, scope);
  const settings = linkTo("/settings/notifications");
  const text = [
    digest
      ? `Your week ahead in ${APP_NAME}:`
      : `A reminder from ${APP_NAME}, ${reasonFor(reminder, locale)}.`,
    "",
    ...(digest ? lines : [`Open it: ${linkTo(reminder.link)}`]),
    "",
    `Choose which reminders you get: ${settings}`,
    `Stop ${digest ? "these reminders" : "this kind of reminder"}: ${unsubscribe}`,
  ].join("\n");
  const htmlItems = items
    .map(
      (item) =>
        `<li><a href="${escapeHtml(linkTo(item.link))}">${escapeHtml(subjectOf(item))}</a>: ${escapeHtml(reasonFor(item, locale))}.${escapeHtml(detailOf(item))}</li>`,
    )
    .join("");
  const html = [
    `<div style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">`,
    `<p style="font-weight:600">${APP_NAME}</p>`,
    digest
      ? `<p>Your week ahead:</p><ul>${htmlItems}</ul>`
      : `<p>A reminder ${escapeHtml(reasonFor(reminder, locale))}.${escapeHtml(detailOf(reminder))}</p><p><a href="${escapeHtml(linkTo(reminder.link))}">Open ${escapeHtml(reminder.title)}</a></p>`,
    `<p style="font-size:13px;color:#52606d"><a href="${escapeHtml(settings)}">Choose which reminders you get</a> · <a href="${escapeHtml(unsubscribe)}">Stop ${digest ? "these reminders" : "this kind of reminder"}</a></p>`,
    `</div>`,
  ].join("");
  return {
    to: input.to,
    subject,
    text,
    html,
    headers: {
      // Which reminder this is: support can trace a mail, and tests count each one.
      "X-Reminder-Id": reminder.id,
      "List-Unsubscribe": `<${unsubscribePostUrl(input.userId, scope)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
