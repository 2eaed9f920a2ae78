import type { MaintenanceRule } from "@/lib/catalog/types";
import { formatCredits, formatFee, formatRenewalPeriod } from "@/lib/catalog/view";
import { catalogLookup } from "@/lib/catalog/lookup";
import { FactLine, FactMeta } from "./fact-line";
import { shortName } from "@/lib/catalog/names";

/** What it takes to keep a credential once held: renewal fee, credits and the details. */
export function MaintenanceRuleCard({
  rule,
  headingLevel = "h3",
}: {
  rule: MaintenanceRule;
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const subject = { slug: rule.slug, name: rule.name };
  const issuer = catalogLookup.issuer(rule.issuer);
  const appliesTo = rule.appliesTo
    .map((slug) => catalogLookup.requirement(slug))
    .map((requirement) => (requirement ? shortName(requirement) : undefined))
    .filter(Boolean)
    .join(", ");
  return (
    <section
      aria-labelledby={`maintenance-${rule.slug}-heading`}
      className="space-y-3 rounded-lg border border-border bg-surface p-5"
    >
      <div className="space-y-1">
        <Heading id={`maintenance-${rule.slug}-heading`} className="font-semibold">
          {rule.name}
        </Heading>
        <p className="text-sm text-muted">
          {issuer ? `${issuer.abbreviation} · ` : null}
          For {appliesTo}
        </p>
      </div>
      <ul className="space-y-3 text-sm">
        {rule.renewalFee ? (
          <li className="space-y-1">
            <p>
              <span className="font-medium">Renewal fee: </span>
              {formatFee(rule.renewalFee.usd)}, {formatRenewalPeriod(rule.renewalFee.period)} (
              {rule.renewalFee.label})
            </p>
            <FactMeta
              provenance={rule.renewalFee}
              subject={subject}
              factText={`Renewal fee: ${rule.renewalFee.label}, $${rule.renewalFee.usd} ${formatRenewalPeriod(rule.renewalFee.period)}`}
            />
          </li>
        ) : null}
        {rule.credits ? (
          <li className="space-y-1">
            <p>
              <span className="font-medium">Continuing education: </span>
              {formatCredits(rule.credits)}. {rule.credits.description}
            </p>
            <FactMeta
              provenance={rule.credits}
              subject={subject}
              factText={`${formatCredits(rule.credits)}. ${rule.credits.description}`}
            />
          </li>
        ) : null}
        {rule.details.map((fact) => (
          <FactLine key={fact.text} factText={fact.text} provenance={fact} subject={subject} />
        ))}
      </ul>
    </section>
  );
}
