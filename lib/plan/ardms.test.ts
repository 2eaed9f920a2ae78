import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import {
  SPI_BANKED_WHILE_ACTIVE,
  countsTowardOnce,
  examCountsFor,
  fetCountsToward,
  spiBankedBy,
} from "./ardms";
import { fiveYearDeadlines } from "./deadlines";
import { createRequirementEvaluator, requirementStatus } from "./requirement-state";
import { TODAY, failed, held, passed, progressRow, records } from "./test-utils";
import type { UserRecords } from "./types";

const status = (slug: string, r: UserRecords, today: string = TODAY) =>
  requirementStatus(slug, r, today, catalog);
const deadlines = (r: UserRecords, today: string = TODAY) => fiveYearDeadlines(r, today, catalog);
const ARDMS_CREDENTIALS = ["ardms-rdms", "ardms-rdcs", "ardms-rvt", "ardms-rmsks"];

describe("the issue's scenario: SPI passed 2024-03-15, nothing held", () => {
  const ways: [string, UserRecords][] = [
    ["a passed attempt", records({ attempts: [passed("ardms-spi", "2024-03-15")] })],
    ["a held declaration", records({ held: [held("ardms-spi", "2024-03-15")] })],
    [
      "a done progress record",
      records({ progress: [progressRow("ardms-spi", "done", { completedDate: "2024-03-15" })] }),
    ],
  ];

  for (const [how, r] of ways) {
    it(`gives RDMS, RDCS, RVT and RMSKS a 2029-12-31 deadline (SPI as ${how})`, () => {
      const list = deadlines(r);
      expect(list.map((d) => d.credentialSlug).sort()).toEqual([...ARDMS_CREDENTIALS].sort());
      for (const d of list) {
        expect(d).toMatchObject({
          startedBy: "ardms-spi",
          firstPassDate: "2024-03-15",
          deadline: "2029-12-31",
          daysLeft: 1133,
          closed: false,
          exempt: false,
        });
      }
    });
  }

  it("then AE passed 2026-12-01: RDCS is done and its deadline is no longer listed", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2024-03-15"), passed("ardms-ae", "2026-12-01")],
    });
    expect(status("ardms-rdcs", r, "2026-12-02")).toMatchObject({
      status: "done",
      done: true,
      derived: true,
      completedDate: "2026-12-01",
    });
    const list = deadlines(r, "2026-12-02");
    expect(list.map((d) => d.credentialSlug)).not.toContain("ardms-rdcs");
    // With RDCS earned, SPI stays banked for the other ARDMS credentials (the pinned reading).
    for (const d of list) {
      expect(d).toMatchObject({ exempt: true, deadline: null, daysLeft: null, closed: false });
      expect(d.note).toContain("confirm with ARDMS");
    }
  });

  it("AE passed on the deadline day still earns RDCS", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2024-03-15"), passed("ardms-ae", "2029-12-31")],
    });
    expect(status("ardms-rdcs", r, "2030-01-05")).toMatchObject({
      done: true,
      completedDate: "2029-12-31",
    });
  });

  it("AE passed 2030-01-02, after the deadline: RDCS expired and SPI must be retaken", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2024-03-15"), passed("ardms-ae", "2030-01-02")],
    });
    const s = status("ardms-rdcs", r, "2030-01-10");
    expect(s).toMatchObject({
      status: "expired",
      done: false,
      derived: true,
      retake: ["ardms-spi"],
    });
    expect(s.expiredPasses).toEqual([
      { examSlug: "ardms-spi", passedOn: "2024-03-15", deadline: "2029-12-31" },
    ]);
    expect(s.note).toContain("closed on 2029-12-31");
    expect(s.note).toContain("SPI must be retaken by 2035-12-31");
    // The AE pass starts a new window that runs to the end of 2035.
    expect(s.window).toMatchObject({
      startedBy: "ardms-ae",
      deadline: "2035-12-31",
      closed: false,
    });
    const rdcs = deadlines(r, "2030-01-10").find((d) => d.credentialSlug === "ardms-rdcs");
    expect(rdcs).toMatchObject({ startedBy: "ardms-ae", deadline: "2035-12-31", closed: false });
  });

  it("SPI alone, window closed: every credential is expired with the closed window listed", () => {
    const r = records({ attempts: [passed("ardms-spi", "2024-03-15")] });
    expect(status("ardms-rdcs", r, "2030-01-01")).toMatchObject({
      status: "expired",
      retake: ["ardms-spi"],
    });
    const list = deadlines(r, "2030-01-01");
    expect(list).toHaveLength(4);
    for (const d of list)
      expect(d).toMatchObject({ deadline: "2029-12-31", daysLeft: -1, closed: true });
  });

  it("retaking SPI after expiry earns RDCS inside the new window", () => {
    const r = records({
      attempts: [
        passed("ardms-spi", "2010-05-01"),
        passed("ardms-ae", "2020-05-01"),
        passed("ardms-spi", "2021-02-01"),
      ],
    });
    const s = status("ardms-rdcs", r);
    expect(s).toMatchObject({ status: "done", completedDate: "2021-02-01" });
  });

  it("a window started by the second exam can close too: both passes must then be retaken", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2010-05-01"), passed("ardms-ae", "2020-05-01")],
    });
    const open = status("ardms-rdcs", r, "2024-01-01");
    expect(open).toMatchObject({ status: "expired", retake: ["ardms-spi"] });
    expect(open.note).toContain("SPI must be retaken by 2025-12-31");
    const closed = status("ardms-rdcs", r, "2026-01-01");
    expect(closed).toMatchObject({ status: "expired", retake: ["ardms-spi", "ardms-ae"] });
    expect(closed.note).toBe(
      "The ARDMS five-year rule windows for RDCS closed: your SPI pass from 2010-05-01 (window closed on 2015-12-31) and AE pass from 2020-05-01 (window closed on 2025-12-31) no longer count, so SPI and AE must be retaken.",
    );
  });
});

describe("five-year window: undated passes", () => {
  it("an undated pass is never assumed inside the window", () => {
    const r = records({
      held: [held("ardms-spi", null)],
      attempts: [passed("ardms-ae", "2026-06-15")],
    });
    expect(status("ardms-rdcs", r)).toMatchObject({ done: false, completedDate: null });
  });

  it("an undated record does not rescue a dated pass whose window closed", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2010-05-01")],
      progress: [progressRow("ardms-spi", "done")],
    });
    expect(status("ardms-rdcs", r)).toMatchObject({ status: "expired", retake: ["ardms-spi"] });
  });
});

describe("five-year window: either order", () => {
  it("a specialty passed first starts the window", () => {
    const r = records({ attempts: [passed("ardms-vt", "2024-06-01")] });
    const list = deadlines(r);
    expect(list).toEqual([
      expect.objectContaining({
        credentialSlug: "ardms-rvt",
        startedBy: "ardms-vt",
        deadline: "2029-12-31",
      }),
    ]);
    const done = records({
      attempts: [passed("ardms-vt", "2024-06-01"), passed("ardms-spi", "2029-11-30")],
    });
    expect(status("ardms-rvt", done, "2029-12-01")).toMatchObject({
      done: true,
      completedDate: "2029-11-30",
    });
  });

  it("the deadline comes from the first pass among the credential's own exams only", () => {
    const r = records({
      attempts: [passed("ardms-ae", "2023-05-01"), passed("ardms-msks", "2024-03-15")],
    });
    const byCredential = Object.fromEntries(deadlines(r).map((d) => [d.credentialSlug, d]));
    expect(byCredential["ardms-rdcs"]).toMatchObject({
      startedBy: "ardms-ae",
      deadline: "2028-12-31",
    });
    expect(byCredential["ardms-rmsks"]).toMatchObject({
      startedBy: "ardms-msks",
      deadline: "2029-12-31",
    });
    expect(byCredential["ardms-rdms"]).toBeUndefined();
    expect(byCredential["ardms-rvt"]).toBeUndefined();
  });

  it("lists soonest deadlines first", () => {
    const r = records({
      attempts: [passed("ardms-msks", "2022-01-01"), passed("ardms-vt", "2025-01-01")],
    });
    expect(deadlines(r).map((d) => [d.credentialSlug, d.deadline])).toEqual([
      ["ardms-rmsks", "2027-12-31"],
      ["ardms-rvt", "2030-12-31"],
    ]);
  });
});

describe("SPI banking (the pinned reading)", () => {
  it("is ON: SPI stays banked while an ARDMS credential is held (confirm with ARDMS)", () => {
    expect(SPI_BANKED_WHILE_ACTIVE).toBe(true);
  });

  const rdmsHolder = (extra: Partial<UserRecords> = {}) =>
    records({
      held: [held("ardms-rdms", "2015-05-01")],
      attempts: [passed("ardms-spi", "2014-03-01")],
      ...extra,
    });

  it("RDMS held and SPI passed earlier: AE alone earns RDCS years later, with a note", () => {
    const r = rdmsHolder({
      attempts: [passed("ardms-spi", "2014-03-01"), passed("ardms-ae", "2026-06-01")],
    });
    const s = status("ardms-rdcs", r);
    expect(s).toMatchObject({
      status: "done",
      done: true,
      derived: true,
      completedDate: "2026-06-01",
    });
    expect(s.note).toContain("confirm with ARDMS");
    expect(s.note).toContain("RDMS");
  });

  it("before AE, RDCS has no deadline: listed as exempt with the note", () => {
    const s = status("ardms-rdcs", rdmsHolder());
    expect(s).toMatchObject({ status: "in_progress", done: false });
    expect(s.window).toMatchObject({ exempt: true, exemptReason: "spi_banked", deadline: null });
    const rdcs = deadlines(rdmsHolder()).find((d) => d.credentialSlug === "ardms-rdcs");
    expect(rdcs).toMatchObject({
      startedBy: "ardms-spi",
      firstPassDate: "2014-03-01",
      deadline: null,
      daysLeft: null,
      closed: false,
      exempt: true,
    });
    expect(rdcs?.note).toContain("confirm with ARDMS");
  });

  it("the strict reading (banking off) expires the old SPI instead", () => {
    const r = rdmsHolder({
      attempts: [passed("ardms-spi", "2014-03-01"), passed("ardms-ae", "2026-06-01")],
    });
    const strict = createRequirementEvaluator(r, TODAY, catalog, { spiBankedWhileActive: false });
    expect(strict.state("ardms-rdcs")).toMatchObject({ status: "expired", retake: ["ardms-spi"] });
  });

  it("an RDMS earned inside its own window also banks SPI", () => {
    const r = records({
      attempts: [
        passed("ardms-spi", "2012-03-01"),
        passed("ardms-ab", "2013-01-15"),
        passed("ardms-ae", "2026-06-01"),
      ],
    });
    expect(status("ardms-rdms", r)).toMatchObject({ done: true, completedDate: "2013-01-15" });
    const s = status("ardms-rdcs", r);
    expect(s).toMatchObject({ done: true, completedDate: "2026-06-01" });
    expect(s.note).toContain("confirm with ARDMS");
  });

  it("SPI passed after the held credential was earned is ARDMS's documented case: the window applies", () => {
    // ARDMS: an RDMS holder (old UPI physics exam) who passes SPI later needs an RDCS/RVT
    // specialty within five years.
    const r = records({
      held: [held("ardms-rdms", "2005-09-01")],
      attempts: [passed("ardms-spi", "2024-03-15")],
    });
    const rdcs = deadlines(r).find((d) => d.credentialSlug === "ardms-rdcs");
    expect(rdcs).toMatchObject({ deadline: "2029-12-31", exempt: false });
  });

  it("holding a credential from another issuer does not bank SPI", () => {
    const r = records({
      held: [held("cci-rcs", "2010-01-01")],
      attempts: [passed("ardms-spi", "2014-03-01")],
    });
    expect(status("ardms-rdcs", r)).toMatchObject({ status: "expired" });
  });

  it("spiBankedBy: needs a pass, the switch, and SPI no later than the holder", () => {
    const holder = { slug: "ardms-rdms", code: "RDMS", earnedOn: "2015-05-01" };
    expect(spiBankedBy(undefined, [holder])).toBeNull();
    expect(spiBankedBy("2014-03-01", [holder])).toEqual(holder);
    expect(spiBankedBy("2015-05-01", [holder])).toEqual(holder);
    expect(spiBankedBy("2016-01-01", [holder])).toBeNull();
    expect(spiBankedBy(null, [holder])).toBeNull();
    expect(spiBankedBy("2016-01-01", [{ ...holder, earnedOn: null }])).not.toBeNull();
    expect(spiBankedBy("2014-03-01", [holder], false)).toBeNull();
    expect(spiBankedBy("2014-03-01", [])).toBeNull();
  });
});

describe("documented exemption: adding a specialty to a credential already held", () => {
  it("an RDMS holder adding OB/GYN has no window", () => {
    const r = records({
      held: [held("ardms-rdms", "2012-01-01")],
      attempts: [passed("ardms-obgyn", "2035-06-01")],
    });
    expect(status("ardms-rdms", r, "2035-07-01")).toMatchObject({
      status: "done",
      completedDate: "2012-01-01",
    });
    expect(status("ardms-rdms", r, "2035-07-01").window).toBeUndefined();
    expect(deadlines(r, "2035-07-01").map((d) => d.credentialSlug)).not.toContain("ardms-rdms");
  });

  it("is read from the catalog's rule", () => {
    const rule = catalog.windowRules.find((w) => w.slug === "ardms-five-year");
    expect(rule?.exemptions.map((e) => e.kind)).toEqual(["credential_already_held_from_issuer"]);
  });
});

describe("FE counts toward RDMS or RDCS, once", () => {
  it("fetCountsToward: an explicit credential on a passed attempt wins", () => {
    expect(fetCountsToward([passed("ardms-fe", "2025-01-01", "ardms-rdms")])).toBe("ardms-rdms");
    expect(fetCountsToward([passed("ardms-fe", "2025-01-01", "ardms-rdcs")])).toBe("ardms-rdcs");
    expect(
      fetCountsToward([
        failed("ardms-fe", "2024-01-01", "ardms-rdms"),
        passed("ardms-fe", "2025-01-01", "ardms-rdcs"),
      ]),
    ).toBe("ardms-rdcs");
  });

  it("fetCountsToward: null is not stated unless another attempt names a credential", () => {
    expect(fetCountsToward([])).toBeNull();
    expect(fetCountsToward([passed("ardms-fe", "2025-01-01")])).toBeNull();
    expect(
      fetCountsToward([
        failed("ardms-fe", "2024-01-01", "ardms-rdms"),
        passed("ardms-fe", "2025-01-01"),
      ]),
    ).toBe("ardms-rdms");
  });

  it("fetCountsToward: ignores other exams and credentials FE cannot count toward", () => {
    expect(fetCountsToward([passed("ardms-ab", "2025-01-01", "ardms-rdms")])).toBeNull();
    expect(fetCountsToward([passed("ardms-fe", "2025-01-01", "ardms-rvt")])).toBeNull();
  });

  it("only FE is restricted", () => {
    expect(
      countsTowardOnce("ardms-ae", [passed("ardms-ae", "2025-01-01", "ardms-rdms")]),
    ).toBeNull();
    expect(
      examCountsFor("ardms-spi", "ardms-rdms", [passed("ardms-spi", "2025-01-01", "ardms-rdcs")]),
    ).toBe(true);
    expect(examCountsFor("ardms-fe", "ardms-rdms", [passed("ardms-fe", "2025-01-01")])).toBe(false);
    expect(examCountsFor("ardms-fe", "ardms-rdcs", [passed("ardms-fe", "2025-01-01")])).toBe(false);
  });

  it("SPI + FE toward RDMS earns RDMS only; RDCS says why", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2025-01-01"), passed("ardms-fe", "2025-06-01", "ardms-rdms")],
    });
    expect(status("ardms-rdms", r)).toMatchObject({ done: true, completedDate: "2025-06-01" });
    const rdcs = status("ardms-rdcs", r);
    expect(rdcs.done).toBe(false);
    expect(rdcs.note).toContain("FE pass counts toward another credential");
    expect(status("ardms-fe", r).done).toBe(true);
  });

  it("a first FE pass toward RDMS does not start RDCS's window", () => {
    const r = records({ attempts: [passed("ardms-fe", "2023-06-01", "ardms-rdms")] });
    expect(deadlines(r).map((d) => d.credentialSlug)).toEqual(["ardms-rdms"]);
  });
});

describe("rule fix 1: FE counts toward what the user says, never a default", () => {
  it("a held FE with no answer counts toward neither RDMS nor RDCS, and the plan asks", () => {
    const r = records({ held: [held("ardms-spi", "2024-01-10"), held("ardms-fe", "2024-06-01")] });
    const rdcs = status("ardms-rdcs", r);
    expect(rdcs.done).toBe(false);
    expect(rdcs.note).toContain("counts toward: not stated");
    expect(status("ardms-rdms", r).done).toBe(false);
    expect(status("ardms-rdms", r).note).toContain("counts toward: not stated");
  });

  it("a held FE answered as RDMS earns RDMS, and RDCS is not shown earned", () => {
    const r = records({
      held: [
        held("ardms-spi", "2024-01-10"),
        { requirementSlug: "ardms-fe", earnedOn: "2024-06-01", countsToward: "ardms-rdms" },
      ],
    });
    expect(status("ardms-rdms", r)).toMatchObject({ done: true, completedDate: "2024-06-01" });
    expect(status("ardms-rdcs", r).done).toBe(false);
  });

  it("a passed FE attempt that names no credential earns neither; FE still counts once", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2025-01-01"), passed("ardms-fe", "2025-06-01")],
    });
    expect(status("ardms-rdcs", r).done).toBe(false);
    expect(status("ardms-rdms", r).done).toBe(false);
    expect(countsTowardOnce("ardms-fe", r.attempts)).toBeNull();
    expect(examCountsFor("ardms-fe", "ardms-rdcs", r.attempts)).toBe(false);
    expect(examCountsFor("ardms-fe", "ardms-rdms", r.attempts)).toBe(false);
  });
});

describe("rule fix 2: an SPI pass without a date cannot be checked against the five-year window", () => {
  const r = records({
    held: [held("ardms-spi", null)],
    attempts: [passed("ardms-ae", "2026-06-15")],
  });

  it("a later AE pass does not show RDCS earned; the plan asks for the SPI date", () => {
    const rdcs = status("ardms-rdcs", r);
    expect(rdcs.done).toBe(false);
    expect(rdcs.note).toContain("cannot be checked");
    expect(rdcs.note).toContain("SPI");
    expect(rdcs.window).toMatchObject({ deadline: null, dateUnknown: true, exempt: false });
  });

  it("the deadline list says the deadline cannot be checked instead of giving none", () => {
    const rdcs = deadlines(r).find((d) => d.credentialSlug === "ardms-rdcs");
    expect(rdcs).toMatchObject({ deadline: null, dateUnknown: true, exempt: false });
  });

  it("an undated SPI is not banked by an ARDMS credential whose order against it is unknown", () => {
    const holder = { slug: "ardms-rdms", code: "RDMS", earnedOn: "2015-05-01" };
    expect(spiBankedBy(null, [holder])).toBeNull();
  });

  it("with the date given, the window is checked as usual", () => {
    const dated = records({
      held: [held("ardms-spi", "2024-03-15")],
      attempts: [passed("ardms-ae", "2026-06-15")],
    });
    expect(status("ardms-rdcs", dated)).toMatchObject({ done: true, completedDate: "2026-06-15" });
  });
});

describe("rule fix 3: a held ARDMS credential implies SPI, unless earned through the old UPI exam", () => {
  const rdms = records({ held: [held("ardms-rdms", "2020-06-01")] });

  it("an RDMS holder who did not tick SPI has SPI done, implied by RDMS", () => {
    const spi = status("ardms-spi", rdms);
    expect(spi.done).toBe(true);
    expect(spi.note).toContain("implied");
  });

  it("and is not told to pass SPI by a deadline: no five-year window is open", () => {
    expect(deadlines(rdms)).toEqual([]);
  });

  it("adding AE later earns RDCS, SPI banked by RDMS", () => {
    const r = records({
      held: [held("ardms-rdms", "2020-06-01")],
      attempts: [passed("ardms-ae", "2026-06-15")],
    });
    expect(status("ardms-rdcs", r)).toMatchObject({ done: true, completedDate: "2026-06-15" });
  });

  it("earned through UPI: SPI is not implied", () => {
    const upi = records({ held: [held("ardms-rdms", "1999-06-01")], ardmsPhysicsViaUpi: true });
    expect(status("ardms-spi", upi).done).toBe(false);
  });
});
