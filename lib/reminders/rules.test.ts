import { describe, expect, it } from "vitest";
import {
  dueAt,
  mailPlan,
  plannedFor,
  weekStartOf,
  type DatedSubject,
  type Preferences,
} from "./rules";

const at = (iso: string) => new Date(iso);
const LONG_AGO = at("2020-01-01T00:00:00Z");

function subject(
  partial: Partial<DatedSubject> & Pick<DatedSubject, "kind" | "date">,
): DatedSubject {
  return { subject: "ardms-ae", title: "AE exam", setAt: LONG_AGO, ...partial };
}

const keys = (reminders: { key: string }[]) => reminders.map((reminder) => reminder.key);

describe("what is reminded, and when (08:00 local)", () => {
  it("an exam: 14 and 2 days before", () => {
    const planned = plannedFor(subject({ kind: "exam", date: "2027-03-12" }), "UTC");
    expect(planned.map((p) => [p.sendOn, p.sendAt.toISOString(), p.alone])).toEqual([
      ["2027-02-26", "2027-02-26T08:00:00.000Z", false],
      ["2027-03-10", "2027-03-10T08:00:00.000Z", true],
    ]);
  });

  it("a target: 7 days before, and the day after once overdue", () => {
    const planned = plannedFor(subject({ kind: "target", date: "2027-01-03" }), "UTC");
    expect(planned.map((p) => [p.sendOn, p.leadLabel])).toEqual([
      ["2026-12-27", "7 days before"],
      ["2027-01-04", "now overdue"],
    ]);
  });

  it("the ARDMS five-year deadline: 12, 6, 3 and 1 months before, clamped at month ends", () => {
    const planned = plannedFor(subject({ kind: "five_year", date: "2029-12-31" }), "UTC");
    expect(planned.map((p) => p.sendOn)).toEqual([
      "2028-12-31",
      "2029-06-30",
      "2029-09-30",
      "2029-11-30",
    ]);
  });

  it("a CE cycle end: 6, 3 and 1 months before, none once complete", () => {
    const cycle = subject({ kind: "ce_cycle", subject: "ardms", date: "2026-12-31" });
    expect(plannedFor(cycle, "UTC").map((p) => p.sendOn)).toEqual([
      "2026-06-30",
      "2026-09-30",
      "2026-11-30",
    ]);
    expect(plannedFor({ ...cycle, complete: true }, "UTC")).toEqual([]);
  });

  it("a renewal fee: 30 days before its due date", () => {
    const planned = plannedFor(
      subject({ kind: "renewal_fee", subject: "ardms", date: "2026-12-31" }),
      "UTC",
    );
    expect(planned.map((p) => p.sendOn)).toEqual(["2026-12-01"]);
  });

  it("goes at 08:00 in the person's zone, across daylight saving", () => {
    const winter = plannedFor(subject({ kind: "exam", date: "2027-01-16" }), "America/New_York");
    expect(winter[1]!.sendAt.toISOString()).toBe("2027-01-14T13:00:00.000Z");
    // 2 days before 2027-03-16 is 2027-03-14, the day New York springs forward.
    const spring = plannedFor(subject({ kind: "exam", date: "2027-03-16" }), "America/New_York");
    expect(spring[1]!.sendAt.toISOString()).toBe("2027-03-14T12:00:00.000Z");
    const auckland = plannedFor(subject({ kind: "exam", date: "2027-03-16" }), "Pacific/Auckland");
    expect(auckland[1]!.sendAt.toISOString()).toBe("2027-03-13T19:00:00.000Z");
  });

  it("keys are stable: the same reminder has the same key at every scan", () => {
    const a = plannedFor(subject({ kind: "exam", date: "2027-03-12" }), "UTC");
    const b = plannedFor(subject({ kind: "exam", date: "2027-03-12" }), "Europe/Paris");
    expect(keys(a)).toEqual(keys(b));
    expect(new Set(keys(a)).size).toBe(2);
  });
});

describe("dueAt", () => {
  const exam = subject({ kind: "exam", date: "2027-03-12" });

  it("is due from its moment on, not a minute before", () => {
    expect(dueAt([exam], "UTC", at("2027-02-26T07:59:00Z"))).toEqual([]);
    expect(keys(dueAt([exam], "UTC", at("2027-02-26T08:00:00Z")))).toEqual([
      "exam|ardms-ae|2027-03-12|14d",
    ]);
  });

  it("a moment already past when the date was set is skipped, never sent late", () => {
    // The exam is booked 5 days ahead: the 14-day reminder's moment was already past.
    const booked = { ...exam, setAt: at("2027-03-07T10:00:00Z") };
    expect(keys(dueAt([booked], "UTC", at("2027-03-10T08:00:00Z")))).toEqual([
      "exam|ardms-ae|2027-03-12|2d",
    ]);
  });

  it("the overdue reminder is the exception: it is about lateness", () => {
    const target = subject({
      kind: "target",
      date: "2026-11-01",
      setAt: at("2026-11-20T00:00:00Z"),
    });
    expect(keys(dueAt([target], "UTC", at("2026-11-30T12:00:00Z")))).toEqual([
      "target|ardms-ae|2026-11-01|overdue",
    ]);
  });

  it("of one thing's reminders due at once, only the latest goes", () => {
    // A scan at 2027-03-10 finds both the 14-day and the 2-day reminder past their moments.
    expect(keys(dueAt([exam], "UTC", at("2027-03-10T09:00:00Z")))).toEqual([
      "exam|ardms-ae|2027-03-12|2d",
    ]);
    const target = subject({ kind: "target", date: "2026-11-01" });
    expect(keys(dueAt([target], "UTC", at("2026-11-30T12:00:00Z")))).toEqual([
      "target|ardms-ae|2026-11-01|overdue",
    ]);
  });

  it("nothing leads up to a date that has come", () => {
    expect(dueAt([exam], "UTC", at("2027-03-12T09:00:00Z"))).toEqual([]);
  });

  it("kinds turned off and a pause hold reminders back", () => {
    const now = at("2027-03-10T09:00:00Z");
    const off: Preferences = { off: ["exam"], digest: false, pausedUntil: null };
    expect(dueAt([exam], "UTC", now, off)).toEqual([]);
    const paused: Preferences = { off: [], digest: false, pausedUntil: at("2027-03-20T00:00:00Z") };
    expect(dueAt([exam], "UTC", now, paused)).toEqual([]);
    // After the pause, what fell due during it is not sent late; what comes after is.
    const pauseOver: Preferences = { ...paused, pausedUntil: at("2027-03-01T00:00:00Z") };
    expect(keys(dueAt([exam], "UTC", now, pauseOver))).toEqual(["exam|ardms-ae|2027-03-12|2d"]);
    expect(
      dueAt([exam], "UTC", now, { ...pauseOver, pausedUntil: at("2027-03-10T09:00:00Z") }),
    ).toEqual([]);
  });
});

describe("the weekly digest", () => {
  const digest: Preferences = { off: [], digest: true, pausedUntil: null };

  it("weeks start on Monday", () => {
    expect(weekStartOf("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekStartOf("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28"); // across the year
  });

  it("replaces the week's single mails with one on Monday 08:00, the 2-day exam one excepted", () => {
    // Exam on Friday 2027-03-12: the 14-day reminder falls on Friday 2027-02-26 (week of 22 Feb);
    // the 2-day one on Wednesday 2027-03-10, alone. A target 7 days after falls that same week.
    const subjects = [
      subject({ kind: "exam", date: "2027-03-12" }),
      subject({ kind: "target", subject: "custom:1", date: "2027-03-03" }),
    ];
    const monday = dueAt(subjects, "UTC", at("2027-02-22T08:00:00Z"), digest);
    expect(monday.map((r) => [r.key, r.digestWeek, r.sendAt.toISOString()])).toEqual([
      ["exam|ardms-ae|2027-03-12|14d", "2027-02-22", "2027-02-22T08:00:00.000Z"],
      ["target|custom:1|2027-03-03|7d", "2027-02-22", "2027-02-22T08:00:00.000Z"],
    ]);
    const plan = mailPlan(monday);
    expect(plan.single).toEqual([]);
    expect(plan.digests).toHaveLength(1);
    expect(plan.digests[0]!.key).toBe("digest|2027-02-22");

    const wednesday = dueAt(subjects, "UTC", at("2027-03-10T08:00:00Z"), digest);
    const later = mailPlan(wednesday);
    expect(keys(later.single)).toEqual(["exam|ardms-ae|2027-03-12|2d"]);
  });

  it("a date set after its week's Monday goes alone at its own moment", () => {
    const exam = subject({ kind: "exam", date: "2027-03-12", setAt: at("2027-02-24T00:00:00Z") });
    const due = dueAt([exam], "UTC", at("2027-02-26T08:00:00Z"), digest);
    expect(due.map((r) => [r.key, r.digestWeek])).toEqual([
      ["exam|ardms-ae|2027-03-12|14d", undefined],
    ]);
  });
});
