import "server-only";
import type { Reminder } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { formatCalendarDate } from "@/lib/format";
import type { ReminderKind } from "@/lib/reminders/rules";
import { createElement } from "react";
import { renderElement } from "@/lib/server/mail/render";
import { ReminderMail, type ReminderLine } from "@/lib/server/mail/templates/reminder";
import type { RenderedMail } from "@/lib/server/mail/transport";
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

function linkTo(path: string | null): string {
  return new URL(path ?? "/notifications", appUrl).toString();
}

/**
 * A reminder mail, text and HTML from one component: the app's name, the reason with the date in
 * the reader's locale, a link straight to the milestone, and how to turn this kind off
 * (List-Unsubscribe, RFC 8058, plus a link to a page with a button).
 */
export function reminderMail(input: {
  to: string;
  userId: string;
  locale: string;
  reminder: Reminder;
  /** A weekly digest's reminders. */
  carried?: readonly Reminder[];
}): Promise<RenderedMail> {
  const { reminder, locale } = input;
  const digest = reminder.kind === "digest";
  const scope: UnsubscribeScope = digest ? "all" : (reminder.kind as ReminderKind);
  const items = digest ? [...(input.carried ?? [])] : [reminder];
  const subject = digest
    ? `${APP_NAME}: your week ahead (${items.length} reminder${items.length === 1 ? "" : "s"})`
    : `${APP_NAME}: ${subjectOf(reminder)}`;
  const lines: ReminderLine[] = items.map((item) => ({
    subject: subjectOf(item),
    reason: reasonFor(item, locale),
    detail: item.detail ? ` ${item.detail}.` : "",
    link: linkTo(item.link),
  }));
  return renderElement(
    createElement(ReminderMail, {
      digest,
      items: lines,
      title: reminder.title,
      settingsLink: linkTo("/settings/notifications"),
      unsubscribeLink: unsubscribePageUrl(input.userId, scope),
    }),
    {
      to: input.to,
      subject,
      headers: {
        // Which reminder this is: support can trace a mail, and tests count each one.
        "X-Reminder-Id": reminder.id,
        "List-Unsubscribe": `<${unsubscribePostUrl(input.userId, scope)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    },
  );
}
