/**
 * The engine's input for one person, from their stored rows: held-credential spells as stored, and
 * credentials earned in a plan (RDCS on the date its second exam was passed) derived by the plan
 * engine, never copied. Exam passes for the ARDMS waiver come from the plan engine too, so a pass
 * recorded on a plan, declared as held, or both, is one pass. Pure.
 */
import type { Catalog } from "@/lib/catalog/types";
import { upkeepRules } from "@/lib/catalog/upkeep";
import { createRequirementEvaluator } from "@/lib/plan";
import type { UserRecords } from "@/lib/plan/types";
import type { HeldStatus } from "./limits";
import { engineStatus } from "./spells";
import type { CeActivity, CreditsByBody, CredentialSpell, ExamPass, UpkeepInput } from "./types";

export interface StoredSpell {
  id: string;
  requirementSlug: string;
  earnedOn: string | null;
  status: HeldStatus;
  endedOn: string | null;
}

/** A CE activity as the data layer returns it (numeric columns are decimal strings). */
export interface StoredActivity {
  id: string;
  completedOn: string;
  title: string;
  provider: string;
  credits: string;
  category: string;
  craDomain: string | null;
  creditsArdms: string | null;
  creditsCci: string | null;
  creditsArrt: string | null;
  creditsArrtSonography: string | null;
  creditsAbii: string | null;
  creditsAhra: string | null;
}

export interface CredentialSource {
  credentialSlug: string;
  earnedOn: string | null;
  /** "held": a stored spell; "plan": derived from the plan's exams and milestones. */
  from: "held" | "plan";
  spellId: string | null;
}

export interface PersonUpkeep {
  input: UpkeepInput;
  /** Where each credential the engine sees came from, for the editor and the page. */
  sources: CredentialSource[];
  /** Upkeep credentials held or done without a date: no cycle can be laid out until dated. */
  undated: string[];
}

/** Every credential some body's upkeep cycle covers. */
export const UPKEEP_CREDENTIALS: ReadonlySet<string> = new Set(
  upkeepRules.flatMap((rule) => rule.appliesTo),
);

const WAIVER_EXAMS: readonly string[] = [
  ...new Set(upkeepRules.flatMap((rule) => rule.credits?.waivers.flatMap((w) => w.exams) ?? [])),
];

export function activityOf(row: StoredActivity): CeActivity {
  const byBody: CreditsByBody = {};
  if (row.creditsArdms !== null) byBody.ardms = row.creditsArdms;
  if (row.creditsCci !== null) byBody.cci = row.creditsCci;
  if (row.creditsArrt !== null) byBody.arrt = row.creditsArrt;
  if (row.creditsArrtSonography !== null) byBody.arrtSonography = row.creditsArrtSonography;
  if (row.creditsAbii !== null) byBody.abii = row.creditsAbii;
  if (row.creditsAhra !== null) byBody.ahra = row.creditsAhra;
  return {
    id: row.id,
    completedOn: row.completedOn,
    title: row.title,
    provider: row.provider,
    credits: row.credits,
    category: row.category as CeActivity["category"],
    craDomain: (row.craDomain as CeActivity["craDomain"]) ?? null,
    creditsByBody: byBody,
  };
}

export function upkeepInputFor(options: {
  today: string;
  spells: readonly StoredSpell[];
  /** The plan engine's records (`held` = the spells held now, as getUserRecords gives them). */
  records: UserRecords;
  activities: readonly StoredActivity[];
  arrtBirthMonth: number | null;
  catalog: Catalog;
}): PersonUpkeep {
  const { today } = options;
  const evaluator = createRequirementEvaluator(options.records, today, options.catalog);
  const credentials: CredentialSpell[] = [];
  const sources: CredentialSource[] = [];
  const undated: string[] = [];
  const stored = new Set<string>();

  for (const spell of options.spells) {
    if (!UPKEEP_CREDENTIALS.has(spell.requirementSlug)) continue;
    stored.add(spell.requirementSlug);
    sources.push({
      credentialSlug: spell.requirementSlug,
      earnedOn: spell.earnedOn,
      from: "held",
      spellId: spell.id,
    });
    if (spell.earnedOn === null) {
      if (spell.status === "active") undated.push(spell.requirementSlug);
      continue;
    }
    credentials.push({
      credentialSlug: spell.requirementSlug,
      earnedOn: spell.earnedOn,
      endedOn: spell.endedOn,
      status: engineStatus(spell.status),
    });
  }

  // What the user has stored wins; otherwise a credential the plan shows as earned counts.
  for (const slug of UPKEEP_CREDENTIALS) {
    if (stored.has(slug)) continue;
    const state = evaluator.state(slug);
    if (!state.done) continue;
    sources.push({
      credentialSlug: slug,
      earnedOn: state.completedDate,
      from: "plan",
      spellId: null,
    });
    if (state.completedDate === null || state.completedDate > today) {
      if (state.completedDate === null) undated.push(slug);
      continue;
    }
    credentials.push({
      credentialSlug: slug,
      earnedOn: state.completedDate,
      endedOn: null,
      status: "active",
    });
  }

  const examPasses: ExamPass[] = [];
  for (const exam of WAIVER_EXAMS) {
    const state = evaluator.state(exam);
    if (state.done && state.completedDate) {
      examPasses.push({ examSlug: exam, passedOn: state.completedDate });
    }
  }

  return {
    input: {
      today,
      credentials,
      examPasses,
      activities: options.activities.map(activityOf),
      arrtBirthMonth: options.arrtBirthMonth,
    },
    sources,
    undated: [...new Set(undated)].sort(),
  };
}
