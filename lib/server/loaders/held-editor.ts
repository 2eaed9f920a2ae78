import "server-only";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { getUserRecords } from "@/db/queries/progress";
import type { User } from "@/db/schema";
import { getIssuer, getRequirement } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/format";
import { fullName } from "@/lib/catalog/names";
import { holdableRequirementGroups } from "@/lib/onboarding";
import { todayFor } from "@/lib/server/clock";
import { requestLocale } from "@/lib/server/locale";
import { PERIOD_STATUS_LABELS, readyCycle } from "@/lib/upkeep/describe";
import type {
  HeldCycleLine,
  HeldEditorDerived,
  HeldEditorGroup,
  HeldEditorSpell,
} from "@/lib/upkeep/held-editor-view";
import { upkeepFrom } from "./upkeep";

/** The held-credential editor's data: every spell, the credentials earned in a plan, their cycles. */
export async function loadHeldEditor(user: User) {
  const today = todayFor(user);
  const [userData, activities, locale] = await Promise.all([
    getUserRecords(user.id),
    listCeActivitiesByUser(user.id),
    requestLocale(),
  ]);
  const upkeep = upkeepFrom(userData, activities, today);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const cyclesOf = (slug: string): HeldCycleLine[] =>
    upkeep.cycles
      .filter((cycle) => cycle.credentials.includes(slug))
      .map((cycle) => {
        const ready = readyCycle(cycle);
        return {
          text: ready
            ? `${ready.name}: ${date(ready.periodStart)} – ${date(ready.periodEnd)} · ${PERIOD_STATUS_LABELS[ready.status]}`
            : `${cycle.name}: ${PERIOD_STATUS_LABELS.needs_input}`,
          href: `/upkeep#cycle-${cycle.body}`,
        };
      });
  const bodyOf = (slug: string) => {
    const issuer = getRequirement(slug)?.issuer;
    return (issuer && getIssuer(issuer)?.abbreviation) ?? issuer ?? "";
  };
  const labelOf = (slug: string) => {
    const requirement = getRequirement(slug);
    return requirement ? fullName(requirement) : slug;
  };
  const spells: HeldEditorSpell[] = userData.heldRows
    .map((row) => ({
      id: row.id,
      slug: row.requirementSlug,
      label: labelOf(row.requirementSlug),
      body: bodyOf(row.requirementSlug),
      kind: getRequirement(row.requirementSlug)?.kind ?? "credential",
      earnedOn: row.earnedOn,
      status: row.status,
      endedOn: row.endedOn,
      version: row.version,
      // Only the spell that is the current one shows the body's cycle.
      cycles: row.status === "active" ? cyclesOf(row.requirementSlug) : [],
    }))
    .sort((a, b) =>
      a.label === b.label
        ? (b.earnedOn ?? "").localeCompare(a.earnedOn ?? "")
        : a.label.localeCompare(b.label),
    );
  const derived: HeldEditorDerived[] = upkeep.sources
    .filter((source) => source.from === "plan")
    .map((source) => ({
      slug: source.credentialSlug,
      label: labelOf(source.credentialSlug),
      body: bodyOf(source.credentialSlug),
      earnedOn: source.earnedOn,
      cycles: cyclesOf(source.credentialSlug),
    }));
  const groups: HeldEditorGroup[] = holdableRequirementGroups().map((group) => ({
    issuer: group.issuer,
    items: group.requirements.map((requirement) => ({
      slug: requirement.slug,
      label: fullName(requirement),
      kind: requirement.kind,
    })),
  }));
  return { spells, derived, groups, locale, today, profile: userData.profile };
}
