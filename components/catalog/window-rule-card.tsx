import type { WindowRule } from "@/lib/catalog/types";
import { windowExample } from "@/lib/catalog/view";
import { FactMeta } from "./fact-line";

/** A time-window rule in plain words, with a worked example, its exemptions and confidence. */
export function WindowRuleCard({
  rule,
  headingLevel = "h3",
}: {
  rule: WindowRule;
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const subject = { slug: rule.slug, name: rule.name };
  return (
    <section
      id={`rule-${rule.slug}`}
      aria-labelledby={`rule-${rule.slug}-heading`}
      className="scroll-mt-6 space-y-3 rounded-lg border border-border bg-surface p-5"
    >
      <Heading id={`rule-${rule.slug}-heading`} className="font-semibold">
        {rule.name}
      </Heading>
      <p>{rule.description}</p>
      <p className="rounded-md bg-accent-soft px-3 py-2 text-sm">{windowExample(rule)}</p>
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="font-medium">If the window closes</dt>
          <dd className="text-muted">{rule.onExpiry}</dd>
        </div>
        {rule.exemptions.length > 0 ? (
          <div>
            <dt className="font-medium">When it does not apply</dt>
            {rule.exemptions.map((exemption) => (
              <dd key={exemption.description} className="text-muted">
                {exemption.description}
              </dd>
            ))}
          </div>
        ) : null}
      </dl>
      <FactMeta provenance={rule} subject={subject} factText={rule.description} />
    </section>
  );
}
