import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/catalog/badge";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { catalogLookup } from "@/lib/catalog/lookup";
import { Disclaimer } from "@/components/catalog/disclaimer";
import { FactLine, FactMeta } from "@/components/catalog/fact-line";
import { MaintenanceRuleCard } from "@/components/catalog/maintenance-rule-card";
import { DurationText, RequirementTree } from "@/components/catalog/requirement-tree";
import { SourcesSection } from "@/components/catalog/sources-section";
import { WindowRuleCard } from "@/components/catalog/window-rule-card";
import { catalog, getRequirement, pathsUsingRequirement } from "@/lib/catalog";
import { shortName } from "@/lib/catalog/names";
import type { ReactNode } from "react";
import {
  CATEGORY_LABELS,
  formatExperience,
  formatFee,
  formatMonths,
  issuersForRequirement,
  KIND_LABELS,
  requirementSourceSlugs,
  resolveSources,
} from "@/lib/catalog/view";
import { formatPublicDate } from "@/lib/format";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.requirements.map((requirement) => ({ slug: requirement.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const requirement = getRequirement((await params).slug);
  if (!requirement) return {};
  const issuer = catalogLookup.issuer(requirement.issuer);
  const title = requirement.retired ? `${requirement.name} (retired)` : requirement.name;
  return {
    title,
    description: requirement.summary,
    openGraph: {
      title: issuer ? `${title} · ${issuer.abbreviation}` : title,
      description: requirement.summary,
      type: "article",
    },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const cardClasses = "rounded-lg border border-border bg-surface p-5";

export default async function CredentialPage({ params }: Props) {
  const requirement = getRequirement((await params).slug);
  if (!requirement) notFound();

  const issuer = catalogLookup.issuer(requirement.issuer);
  const subject = { slug: requirement.slug, name: requirement.name };
  const windowRule = requirement.windowRule
    ? catalogLookup.windowRule(requirement.windowRule)
    : undefined;
  const maintenance = requirement.maintenance
    ? catalogLookup.maintenanceRule(requirement.maintenance)
    : undefined;
  const paths = pathsUsingRequirement(requirement.slug);
  const sources = resolveSources(requirementSourceSlugs(requirement, catalogLookup), catalogLookup);
  const { experience, typicalDuration } = requirement;

  return (
    <article className="space-y-10">
      <div className="space-y-4">
        <Breadcrumbs
          items={[{ href: "/paths", label: "Career paths" }, { label: requirement.name }]}
        />
        <header className="space-y-3">
          <div className="flex flex-wrap items-center gap-2">
            {issuer ? <Badge>{issuer.abbreviation}</Badge> : null}
            <Badge tone="accent">{KIND_LABELS[requirement.kind]}</Badge>
            {requirement.retired ? <Badge tone="danger">Retired</Badge> : null}
          </div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{requirement.name}</h1>
          <p className="max-w-3xl text-lg text-muted">{requirement.summary}</p>
          <FactMeta
            provenance={requirement.provenance}
            subject={subject}
            factText={requirement.summary}
          />
        </header>

        {requirement.retired ? (
          <div role="note" className="max-w-3xl rounded-lg border border-danger bg-danger-soft p-4">
            <p className="font-semibold text-danger">Retired: no longer offered.</p>
            <p className="mt-1 text-sm">
              Recorded retirement date: {formatPublicDate(requirement.retired.on)}.{" "}
              {requirement.retired.reason}
            </p>
            <p className="mt-1 text-sm">
              It stays here for people who recorded progress on it; new plans don&apos;t include it.
            </p>
          </div>
        ) : null}

        <dl className={`${cardClasses} grid max-w-3xl gap-3 text-sm sm:grid-cols-3`}>
          <div>
            <dt className="text-muted">Code</dt>
            <dd className="font-medium">{requirement.code ?? "None"}</dd>
          </div>
          <div>
            <dt className="text-muted">Issued by</dt>
            <dd className="font-medium">
              {issuer?.url ? (
                <a
                  href={issuer.url}
                  className="inline-flex min-h-11 items-center text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
                >
                  {issuer.name}
                </a>
              ) : (
                (issuer?.name ?? requirement.issuer)
              )}
            </dd>
          </div>
          <div>
            <dt className="text-muted">Typical time</dt>
            <dd className="font-medium">
              <DurationText duration={typicalDuration} />
            </dd>
          </div>
        </dl>
      </div>

      <Section id="what" title="What it takes">
        <div className="max-w-3xl space-y-3">
          {requirement.details.length > 0 ? (
            <ul className="space-y-4">
              {requirement.details.map((fact) => (
                <FactLine
                  key={fact.text}
                  factText={fact.text}
                  provenance={fact}
                  subject={subject}
                />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted">Nothing recorded beyond the summary above.</p>
          )}
        </div>
      </Section>

      {requirement.earnedBy ? (
        <Section id="earned-by" title="Earned by">
          <div className={`${cardClasses} max-w-3xl`}>
            <RequirementTree node={requirement.earnedBy} ancestors={[requirement.slug]} />
          </div>
        </Section>
      ) : null}

      {requirement.eligibility?.length ? (
        <Section id="eligibility" title="Ways to become eligible">
          <p className="text-sm text-muted">Meeting any one of these is enough.</p>
          <ul className="max-w-3xl space-y-3">
            {requirement.eligibility.map((route) => (
              <li key={route.name} className={`${cardClasses} space-y-2`}>
                <h3 className="font-semibold">{route.name}</h3>
                <p>{route.text}</p>
                <FactMeta
                  provenance={route}
                  subject={{ slug: requirement.slug, name: `${requirement.name}, ${route.name}` }}
                  factText={`${route.name}: ${route.text}`}
                />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {requirement.prerequisites?.length ? (
        <Section id="prerequisites" title="Needs first">
          <ul className="max-w-3xl space-y-2">
            {requirement.prerequisites.map((prerequisite) => {
              const needed = catalogLookup.requirement(prerequisite.slug);
              return (
                <li key={prerequisite.slug}>
                  <span className="font-medium">Needs: </span>
                  <Link
                    href={`/credentials/${prerequisite.slug}`}
                    className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
                  >
                    {needed ? shortName(needed) : prerequisite.slug}
                  </Link>
                  {needed && needed.code ? (
                    <span className="text-muted"> ({needed.name})</span>
                  ) : null}
                  <p className="text-sm text-muted">{prerequisite.reason}</p>
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      {experience ? (
        <Section id="experience" title="How much experience">
          <div className={`${cardClasses} max-w-3xl space-y-2`}>
            <p className="text-xl font-semibold">{formatExperience(experience)}</p>
            <p>{experience.description}.</p>
            <FactMeta
              provenance={experience}
              subject={subject}
              factText={`${formatExperience(experience)}: ${experience.description}`}
            />
          </div>
        </Section>
      ) : null}

      {requirement.fees?.length ? (
        <Section id="fees" title="Fees">
          <p className="text-sm text-muted">
            Fees change every year: treat these as rough guides and check the issuer&apos;s current
            fee schedule.
          </p>
          <ul className="max-w-3xl space-y-3">
            {requirement.fees.map((fee) => (
              <FactLine
                key={fee.label}
                factText={`${fee.label}: $${fee.usd}`}
                provenance={fee}
                subject={{ slug: requirement.slug, name: `${requirement.name} fee` }}
              >
                <span className="font-medium">{fee.label}:</span> {formatFee(fee.usd)}
              </FactLine>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="duration" title="How long it typically takes">
        <div className="max-w-3xl space-y-2">
          <p>
            {formatMonths(typicalDuration.months)}
            {typicalDuration.estimate
              ? ", our estimate for a working sonographer."
              : ", from a published figure."}
          </p>
          <FactMeta
            provenance={typicalDuration}
            subject={{ slug: requirement.slug, name: `${requirement.name} typical duration` }}
            factText={`Typical duration: ${typicalDuration.months} months`}
          />
        </div>
      </Section>

      {windowRule ? (
        <Section id="window" title="Time limit">
          <div className="max-w-3xl">
            <WindowRuleCard rule={windowRule} />
          </div>
        </Section>
      ) : null}

      {maintenance ? (
        <Section id="maintenance" title="Keeping it once held">
          <div className="max-w-3xl">
            <MaintenanceRuleCard rule={maintenance} />
          </div>
        </Section>
      ) : null}

      <Section id="paths" title="Paths that use it">
        {paths.length > 0 ? (
          <ul className="grid max-w-3xl gap-2 sm:grid-cols-2">
            {paths.map((path) => (
              <li key={path.slug}>
                <Link
                  href={`/paths/${path.slug}`}
                  className="flex min-h-11 flex-col justify-center rounded-lg border border-border bg-surface px-4 py-2 hover:border-accent"
                >
                  <span className="font-medium text-accent">{path.title}</span>
                  <span className="text-xs text-muted">{CATEGORY_LABELS[path.category]}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No path in the planner uses it at the moment.</p>
        )}
      </Section>

      <SourcesSection sources={sources} />

      <Disclaimer
        issuers={issuersForRequirement(requirement, catalogLookup)}
        checkedOn={requirement.provenance.checkedOn}
      />
    </article>
  );
}
