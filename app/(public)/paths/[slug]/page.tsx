import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/catalog/badge";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { catalogLookup } from "@/lib/catalog/lookup";
import { Disclaimer } from "@/components/catalog/disclaimer";
import { FactMeta } from "@/components/catalog/fact-line";
import { MaintenanceRuleCard } from "@/components/catalog/maintenance-rule-card";
import { RequirementTree } from "@/components/catalog/requirement-tree";
import { SourcesSection } from "@/components/catalog/sources-section";
import { WindowRuleCard } from "@/components/catalog/window-rule-card";
import { buttonClasses } from "@/components/ui/button";
import { catalog, getPath } from "@/lib/catalog";
import type { CatalogPath, MaintenanceRule } from "@/lib/catalog/types";
import {
  ARTICLE_SOURCE_LINE,
  CATEGORY_LABELS,
  estimatePath,
  formatEstimate,
  formatMonths,
  formatPercent,
  formatUsd,
  issuersForPath,
  NECESSITY_LABELS,
  pathSourceSlugs,
  resolveSources,
  windowRulesForPath,
} from "@/lib/catalog/view";

import { PathVerdicts } from "./_components/path-verdicts";
import { fullName } from "@/lib/catalog/names";

/** Names the verdicts may use, built once at build time (the page is prerendered). */
const verdictNames: Record<string, string> = Object.fromEntries([
  ...catalog.requirements.map((r) => [r.slug, fullName(r)]),
  ...(catalog.eligibility?.outsideCredentials ?? []).map((c) => [c.slug, c.name]),
]);

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.paths.map((path) => ({ slug: path.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const path = getPath((await params).slug);
  if (!path) return {};
  const description = `${path.tagline} What it takes: ${path.educationSummary}.`;
  return {
    title: path.title,
    description,
    openGraph: { title: `${path.title}: a sonography career path`, description, type: "article" },
  };
}

function StartLink({ path }: { path: CatalogPath }) {
  return (
    <Link href={`/paths/${path.slug}/start`} className={buttonClasses("primary")}>
      Start this path
    </Link>
  );
}

function Figures({ path }: { path: CatalogPath }) {
  const { article, bls } = path.figures;
  const subject = { slug: path.slug, name: `${path.title} pay and outlook` };
  return (
    <section aria-labelledby="figures-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="figures-heading" className="text-lg font-semibold">
          Pay and outlook
        </h2>
        <p className="text-sm text-muted">
          Two separate datasets from different years. Compare within one, never across them.
        </p>
      </div>
      {!article && !bls ? (
        <p className="rounded-lg border border-border bg-surface p-5 text-sm text-muted">
          We hold no pay or outlook figures for this path yet: no BLS occupation matches it closely.
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {article ? (
          <section
            aria-labelledby="figures-article-heading"
            className="space-y-3 rounded-lg border border-border bg-surface p-5"
          >
            <h3 id="figures-article-heading" className="font-semibold">
              Study.com article (2018 figures)
            </h3>
            <dl className="grid grid-cols-2 gap-3">
              <div>
                <dt className="text-sm text-muted">Median salary, {article.salaryYear}</dt>
                <dd className="text-xl font-semibold tabular-nums">
                  {formatUsd(article.medianSalaryUsd)}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-muted">Projected growth, {article.growthPeriod}</dt>
                <dd className="text-xl font-semibold tabular-nums">
                  {formatPercent(article.growthPct)}
                </dd>
              </div>
            </dl>
            <p className="text-sm text-muted">
              The article&apos;s 2018 figures for {article.blsCategory}, quoted exactly. They look
              like survey figures rather than BLS medians: for official figures, see the BLS
              dataset. {ARTICLE_SOURCE_LINE}.
            </p>
            <FactMeta
              provenance={{
                confidence: "secondary",
                sources: [article.source],
                checkedOn: path.provenance.checkedOn,
                note: "The article's 2018 salaries look like survey figures, not BLS medians; we show them exactly as the article gives them.",
              }}
              subject={subject}
              factText={`Study.com: median salary ${formatUsd(article.medianSalaryUsd)} (${article.salaryYear}), growth ${formatPercent(article.growthPct)} (${article.growthPeriod})`}
            />
          </section>
        ) : null}
        {bls ? (
          <section
            aria-labelledby="figures-bls-heading"
            className="space-y-3 rounded-lg border border-border bg-surface p-5"
          >
            <h3 id="figures-bls-heading" className="font-semibold">
              BLS (newest figures we hold)
            </h3>
            <dl className="grid grid-cols-2 gap-3">
              <div>
                <dt className="text-sm text-muted">
                  Median salary{bls.salaryPeriod ? `, ${bls.salaryPeriod}` : ""}
                </dt>
                <dd className="text-xl font-semibold tabular-nums">
                  {bls.medianSalaryUsd === undefined ? "—" : formatUsd(bls.medianSalaryUsd)}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-muted">
                  Projected growth{bls.growthPeriod ? `, ${bls.growthPeriod}` : ""}
                </dt>
                <dd className="text-xl font-semibold tabular-nums">
                  {bls.growthPct === undefined ? "—" : formatPercent(bls.growthPct)}
                </dd>
              </div>
            </dl>
            <p className="text-sm text-muted">
              For the BLS occupation {bls.occupation} (SOC {bls.soc}), the closest match to this
              path.
            </p>
            <FactMeta
              provenance={bls}
              subject={subject}
              factText={`BLS ${bls.occupation}: median salary ${bls.medianSalaryUsd ?? "?"} (${bls.salaryPeriod ?? "?"}), growth ${bls.growthPct ?? "?"}% (${bls.growthPeriod ?? "?"})`}
            />
          </section>
        ) : null}
      </div>
    </section>
  );
}

export default async function PathPage({ params }: Props) {
  const path = getPath((await params).slug);
  if (!path) notFound();

  const estimate = estimatePath(path, catalogLookup);
  const windowRules = windowRulesForPath(path, catalogLookup);
  const maintenance = path.maintenance
    .map((slug) => catalogLookup.maintenanceRule(slug))
    .filter((rule): rule is MaintenanceRule => rule !== undefined);
  const sources = resolveSources(pathSourceSlugs(path, catalogLookup), catalogLookup);
  const issuers = issuersForPath(path, catalogLookup);

  return (
    <article className="space-y-10">
      <div className="space-y-4">
        <Breadcrumbs items={[{ href: "/paths", label: "Career paths" }, { label: path.title }]} />
        <header className="space-y-3">
          <Badge tone="accent">{CATEGORY_LABELS[path.category]}</Badge>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{path.title}</h1>
          <p className="max-w-2xl text-lg text-muted">{path.tagline}</p>
        </header>
        <dl className="grid max-w-2xl gap-3 rounded-lg border border-border bg-surface p-5 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-muted">Education</dt>
            <dd className="font-medium">{path.educationSummary}</dd>
          </div>
          <div>
            <dt className="text-muted">Steps</dt>
            <dd className="font-medium">{path.steps.length}</dd>
          </div>
          <div>
            <dt className="text-muted">Time to qualify</dt>
            <dd className="font-medium">{formatEstimate(estimate.totalMonths)}</dd>
          </div>
        </dl>
        <StartLink path={path} />
      </div>

      <section aria-labelledby="overview-heading" className="max-w-3xl space-y-3">
        <h2 id="overview-heading" className="text-lg font-semibold">
          Overview
        </h2>
        {path.overview.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <FactMeta
          provenance={path.provenance}
          subject={{ slug: path.slug, name: path.title }}
          factText={path.overview.join(" ")}
        />
      </section>

      <PathVerdicts pathSlug={path.slug} names={verdictNames} />

      <Figures path={path} />

      <section aria-labelledby="steps-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="steps-heading" className="text-lg font-semibold">
            Steps, in order
          </h2>
          <p className="max-w-3xl text-sm text-muted">
            Where a step offers a choice, one option is enough. Times are typical for a working
            sonographer and are our estimates unless marked otherwise; a step that reuses something
            you did earlier adds less.
          </p>
        </div>
        <ol className="space-y-4">
          {path.steps.map((step, index) => {
            const months = estimate.stepMonths[index] ?? 0;
            return (
              <li
                key={step.key}
                className="space-y-3 rounded-lg border border-border bg-surface p-5"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-xs font-semibold tracking-wide text-muted uppercase">
                    Step {index + 1}
                  </span>
                  <Badge tone={step.necessity === "required" ? "accent" : "neutral"}>
                    {NECESSITY_LABELS[step.necessity]}
                  </Badge>
                </div>
                <h3 id={`step-${step.key}`} className="font-semibold">
                  {step.title}
                </h3>
                <p className="max-w-3xl">{step.description}</p>
                <p className="text-sm text-muted">
                  Typical duration:{" "}
                  {months > 0
                    ? `${formatMonths(months)}, estimate (shortest option)`
                    : "no extra time once the earlier steps are done"}
                </p>
                <div className="border-t border-border pt-3">
                  <RequirementTree node={step.satisfiedBy} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      {windowRules.length > 0 ? (
        <section aria-labelledby="windows-heading" className="space-y-4">
          <div className="space-y-1">
            <h2 id="windows-heading" className="text-lg font-semibold">
              Time limits
            </h2>
            <p className="text-sm text-muted">
              Some credentials must be finished within a window. Plan your exams around it.
            </p>
          </div>
          {windowRules.map((rule) => (
            <WindowRuleCard key={rule.slug} rule={rule} />
          ))}
        </section>
      ) : null}

      {maintenance.length > 0 ? (
        <section aria-labelledby="maintenance-heading" className="space-y-4">
          <div className="space-y-1">
            <h2 id="maintenance-heading" className="text-lg font-semibold">
              After you qualify: keeping your credentials
            </h2>
            <p className="text-sm text-muted">
              What each issuer asks to keep its credentials active. Only the ones for the
              credentials you hold apply to you.
            </p>
          </div>
          <div className="max-w-3xl space-y-4">
            {maintenance.map((rule) => (
              <MaintenanceRuleCard key={rule.slug} rule={rule} />
            ))}
          </div>
        </section>
      ) : null}

      <SourcesSection sources={sources} />

      <Disclaimer issuers={issuers} checkedOn={path.provenance.checkedOn} />

      <section
        aria-labelledby="start-heading"
        className="space-y-3 rounded-lg border border-accent bg-accent-soft p-5"
      >
        <h2 id="start-heading" className="text-lg font-semibold">
          Ready to start?
        </h2>
        <p className="text-sm">
          Turn this path into your own plan: mark what you already have, pick your options and track
          every step to done.
        </p>
        <StartLink path={path} />
      </section>
    </article>
  );
}
