import { Link } from "@/components/ui/link";
import type { RequirementNode, TypicalDuration } from "@/lib/catalog/types";
import { formatMonths, KIND_LABELS } from "@/lib/catalog/view";
import { Badge } from "./badge";
import { catalogLookup } from "@/lib/catalog/lookup";
import { FactConfidence } from "./fact-confidence";
import { shortName } from "@/lib/catalog/names";

/** Group labels that only repeat "All of" / "One of" and add nothing. */
const GENERIC_LABELS = new Set(["all of", "one of", "any one of"]);

/** A typical duration with how it was arrived at: our estimate, or a published figure. */
export function DurationText({ duration }: { duration: TypicalDuration }) {
  return (
    <span>
      {formatMonths(duration.months)}{" "}
      {duration.estimate ? (
        <span className="text-muted">(our estimate)</span>
      ) : (
        <FactConfidence confidence={duration.confidence} compact />
      )}
    </span>
  );
}

function RequirementItem({ slug, ancestors }: { slug: string; ancestors: readonly string[] }) {
  const requirement = catalogLookup.requirement(slug);
  if (!requirement) return <span>Unknown requirement ({slug})</span>;
  const issuer = catalogLookup.issuer(requirement.issuer);
  const windowRule = requirement.windowRule
    ? catalogLookup.windowRule(requirement.windowRule)
    : undefined;
  const expand = requirement.earnedBy && !ancestors.includes(slug);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-x-2">
        <Link
          href={`/credentials/${requirement.slug}`}
          className="inline-flex min-h-11 items-center font-medium text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent sm:min-h-0"
        >
          {requirement.name}
        </Link>
        {requirement.retired ? <Badge tone="danger">Retired</Badge> : null}
      </div>
      <p className="text-xs text-muted">
        {issuer ? `${issuer.abbreviation} · ` : null}
        {KIND_LABELS[requirement.kind]} · Typical time:{" "}
        <DurationText duration={requirement.typicalDuration} />
      </p>
      {requirement.prerequisites?.map((prerequisite) => {
        const needed = catalogLookup.requirement(prerequisite.slug);
        return (
          <p key={prerequisite.slug} className="text-sm">
            <span className="font-medium">Needs: </span>
            <Link
              href={`/credentials/${prerequisite.slug}`}
              className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
            >
              {needed ? shortName(needed) : prerequisite.slug}
            </Link>
            <span className="text-muted"> — {prerequisite.reason}</span>
          </p>
        );
      })}
      {windowRule ? (
        <p className="text-sm">
          <span className="font-medium">Time limit: </span>
          <a
            href={`#rule-${windowRule.slug}`}
            className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
          >
            {windowRule.name}
          </a>{" "}
          applies.
        </p>
      ) : null}
      {expand && requirement.earnedBy ? (
        <div className="space-y-1 pt-1">
          <p className="text-sm text-muted">{shortName(requirement)} is earned by:</p>
          <RequirementTree node={requirement.earnedBy} ancestors={[...ancestors, slug]} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * A requirement tree as nested lists: "All of" and "One of" groups with their items, each
 * requirement linking to its page, credentials expanded into the exams that earn them.
 */
export function RequirementTree({
  node,
  ancestors = [],
}: {
  node: RequirementNode;
  ancestors?: readonly string[];
}) {
  if (node.type === "requirement")
    return <RequirementItem slug={node.slug} ancestors={ancestors} />;
  const groupName = node.type === "allOf" ? "All of" : "One of";
  const extra = GENERIC_LABELS.has(node.label.trim().toLowerCase()) ? null : node.label;
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone="accent">{groupName}</Badge>
        {extra ? <span className="text-muted">{extra}</span> : null}
      </p>
      <ul
        aria-label={extra ? `${groupName}: ${extra}` : groupName}
        className="space-y-3 border-l-2 border-border pl-4"
      >
        {node.items.map((item) => (
          <li key={item.type === "requirement" ? item.slug : item.key}>
            <RequirementTree node={item} ancestors={ancestors} />
          </li>
        ))}
      </ul>
    </div>
  );
}
