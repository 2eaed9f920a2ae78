import { REMINDER_KINDS, type ReminderKind } from "./rules";

/** What an unsubscribe link turns off: one kind of reminder, or "all" (a weekly digest's link). */
export type UnsubscribeScope = ReminderKind | "all";

export function isUnsubscribeScope(value: unknown): value is UnsubscribeScope {
  return value === "all" || (REMINDER_KINDS as readonly unknown[]).includes(value);
}
