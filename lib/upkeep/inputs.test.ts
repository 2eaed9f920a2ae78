import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import type { UserRecords } from "@/lib/plan/types";
import { creditsSchema } from "./activity-input";
import { evaluateUpkeep } from "./cycles";
import { upkeepInputFor, type StoredActivity, type StoredSpell } from "./inputs";
import { spellConflict } from "./spells";
import { cycleOf } from "./test-utils";

const records = (attempts: [string, string][], held: StoredSpell[] = []): UserRecords => ({
  progress: [],
  held: held
    .filter((spell) => spell.status === "active")
    .map((spell) => ({ requirementSlug: spell.requirementSlug, earnedOn: spell.earnedOn })),
  attempts: attempts.map(([requirementSlug, attemptedOn]) => ({
    requirementSlug,
    attemptedOn,
    result: "passed" as const,
    countsToward: null,
  })),
  experienceMonths: null,
});

const spell = (
  slug: string,
  earnedOn: string | null,
  extra: Partial<StoredSpell> = {},
): StoredSpell => ({
  id: `${slug}-${earnedOn}`,
  requirementSlug: slug,
  earnedOn,
  status: "active",
  endedOn: null,
  ...extra,
});

const row = (
  completedOn: string,
  credits: string,
  extra: Partial<StoredActivity> = {},
): StoredActivity => ({
  id: `a-${completedOn}-${credits}`,
  completedOn,
  title: `Course ${completedOn}`,
  provider: "SDMS",
  credits,
  category: "cardiovascular",
  craDomain: null,
  creditsArdms: null,
  creditsCci: null,
  creditsArrt: null,
  creditsArrtSonography: null,
  creditsAbii: null,
  creditsAhra: null,
  ...extra,
});

describe("the engine's input from stored rows", () => {
  it("a credential earned in a plan counts from the day its second exam was passed (RDMS: SPI, then AB)", () => {
    const person = upkeepInputFor({
      today: "2026-11-30",
      spells: [],
      records: records([
        ["ardms-spi", "2022-11-01"],
        ["ardms-ab", "2023-06-10"],
      ]),
      activities: [],
      arrtBirthMonth: null,
      catalog,
    });
    expect(person.input.credentials).toEqual([
      { credentialSlug: "ardms-rdms", earnedOn: "2023-06-10", endedOn: null, status: "active" },
    ]);
    expect(person.sources).toEqual([
      { credentialSlug: "ardms-rdms", earnedOn: "2023-06-10", from: "plan", spellId: null },
    ]);
    const ardms = cycleOf(evaluateUpkeep(person.input), "ardms");
    expect([ardms.periodStart, ardms.periodEnd]).toEqual(["2023-06-10", "2026-12-31"]);
  });

  it("an OB/GYN pass recorded anywhere is one pass for the waiver, in its period only", () => {
    const spells = [spell("ardms-obgyn", "2025-04-01")];
    const person = upkeepInputFor({
      today: "2026-11-30",
      spells,
      records: records(
        [
          ["ardms-spi", "2022-11-01"],
          ["ardms-ab", "2023-06-10"],
          ["ardms-obgyn", "2025-04-01"],
        ],
        spells,
      ),
      activities: [row("2025-05-01", "12")],
      arrtBirthMonth: null,
      catalog,
    });
    expect(person.input.examPasses).toEqual(
      expect.arrayContaining([{ examSlug: "ardms-obgyn", passedOn: "2025-04-01" }]),
    );
    const ardms = cycleOf(evaluateUpkeep(person.input), "ardms");
    expect(ardms.waived).toBe(1500);
    expect(ardms.remaining.total).toBe(300);
  });

  it("stored spells win over the plan, keep their history, and undated ones are reported", () => {
    const person = upkeepInputFor({
      today: "2026-11-30",
      spells: [
        spell("cci-rcs", "2016-02-01", { status: "lapsed", endedOn: "2020-03-31" }),
        spell("cci-rcs", "2024-09-20"),
        spell("arrt-s", null),
      ],
      records: records([]),
      activities: [],
      arrtBirthMonth: 3,
      catalog,
    });
    expect(person.input.credentials).toEqual([
      {
        credentialSlug: "cci-rcs",
        earnedOn: "2016-02-01",
        endedOn: "2020-03-31",
        status: "lapsed",
      },
      { credentialSlug: "cci-rcs", earnedOn: "2024-09-20", endedOn: null, status: "active" },
    ]);
    expect(person.undated).toEqual(["arrt-s"]);
    // Re-earned after the lapse: a new cycle from the new pass (quarter 3 → 30 Jun next year).
    const cci = cycleOf(evaluateUpkeep(person.input), "cci");
    expect(cci.previous?.periodEnd).toBe("2025-06-30");
    expect(cci.periodEnd).toBe("2028-06-30");
  });

  it("per-body credits reach the engine as decimal strings; the Sonography share only from ARRT's figure", () => {
    const person = upkeepInputFor({
      today: "2026-11-30",
      spells: [spell("arrt-s", "2021-02-01")],
      records: records([]),
      activities: [
        // After the previous biennium's 6-month make-up window (which would take it).
        row("2025-10-01", "1.50", { creditsArrt: "1.00", creditsArrtSonography: "0.75" }),
      ],
      arrtBirthMonth: 3,
      catalog,
    });
    expect(person.input.activities[0]?.creditsByBody).toEqual({
      arrt: "1.00",
      arrtSonography: "0.75",
    });
    const arrt = cycleOf(evaluateUpkeep(person.input), "arrt");
    expect(arrt.earned).toBe(100);
    expect(arrt.categories[0]?.earned).toBe(75);
  });
});

describe("spell rules", () => {
  it("one open spell per credential; no overlap; the end matches the status", () => {
    const open = { earnedOn: "2024-01-01", status: "active" as const, endedOn: null };
    expect(spellConflict(open, [open])).toMatch(/already hold/);
    expect(
      spellConflict({ earnedOn: "2019-01-01", status: "lapsed", endedOn: "2024-06-01" }, [
        { id: "x", ...open },
      ]),
    ).toMatch(/overlap/);
    expect(
      spellConflict({ earnedOn: "2019-01-01", status: "lapsed", endedOn: "2023-12-31" }, [open]),
    ).toBeNull();
    expect(spellConflict({ earnedOn: "2019-01-01", status: "ended", endedOn: null }, [])).toMatch(
      /last day/,
    );
    expect(
      spellConflict({ earnedOn: "2019-01-01", status: "ended", endedOn: "2018-01-01" }, []),
    ).toMatch(/before it was earned/);
  });
});

describe("credits from a form", () => {
  it("exact, at most two places, normalised, never zero or a float", () => {
    expect(creditsSchema.parse("1.50")).toBe("1.5");
    expect(creditsSchema.parse(" .75 ")).toBe("0.75");
    for (const bad of ["0", "1.255", "1e2", "-1", "1,5", "1000", "abc"]) {
      expect(creditsSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
