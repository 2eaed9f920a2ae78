import type { ReactNode } from "react";
import { Badge } from "@/components/catalog/badge";
import type {
  EligibilityAnswer,
  MissingItem,
  Outcome,
  RouteEvaluation,
  UnknownItem,
} from "@/lib/eligibility/types";
import type { PointsResult } from "@/lib/eligibility/points";

/** What a verdict line needs besides the answer: names, and optional actions (as render props). */
export interface VerdictContext {
  /** Requirement slug → display name (code where one exists). */
  names: Readonly<Record<string, string>>;
  /** Renders the "add as milestone" control for a missing piece; absent on public pages. */
  renderAdd?: (piece: { requirementSlug: string; targetSlug: string; label: string }) => ReactNode;
  /** Where the profile is edited (for "not answered" items). */
  profileHref?: string;
}

const OUTCOME: Record<
  Outcome,
  { label: string; tone: "success" | "accent" | "warning" | "danger" | "neutral" }
> = {
  already_held: { label: "You hold it", tone: "success" },
  eligible: { label: "Eligible now", tone: "success" },
  not_yet: { label: "Not yet", tone: "accent" },
  cant_tell: { label: "Can't tell", tone: "warning" },
  no_route: { label: "No route", tone: "danger" },
};

export function VerdictBadge({ outcome }: { outcome: Outcome }) {
  const { label, tone } = OUTCOME[outcome];
  return (
    <span data-testid="verdict" data-outcome={outcome}>
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}

function UnknownLine({ item, profileHref }: { item: UnknownItem; profileHref?: string }) {
  if (item.kind === "profile") {
    return (
      <li>
        <Badge tone="neutral">Not answered</Badge> {item.text}{" "}
        {profileHref ? (
          <a
            href={profileHref}
            className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2 sm:min-h-0"
          >
            Answer it
          </a>
        ) : null}
      </li>
    );
  }
  if (item.kind === "body-determination") {
    return (
      <li>
        <Badge tone="warning">Needs the body&apos;s determination</Badge> {item.text}
      </li>
    );
  }
  return (
    <li data-testid="unverified">
      <Badge tone="warning">{item.notRecorded ? "Not recorded" : "Unverified"}</Badge> {item.text}
      {item.note ? <span className="block text-xs text-muted">{item.note}</span> : null}
    </li>
  );
}

function MissingLine({
  item,
  target,
  context,
}: {
  item: MissingItem;
  target: string;
  context: VerdictContext;
}) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <span>
        {item.unverified ? <Badge tone="warning">Unverified</Badge> : null} {item.text}
      </span>
      {item.requirementSlug && context.renderAdd
        ? context.renderAdd({
            requirementSlug: item.requirementSlug,
            targetSlug: target,
            label: context.names[item.requirementSlug] ?? item.requirementSlug,
          })
        : null}
    </li>
  );
}

function RouteBlock({
  route,
  heading,
  context,
}: {
  route: RouteEvaluation;
  heading: string;
  context: VerdictContext;
}) {
  return (
    <div className="space-y-1" data-testid={`route-${route.routeId}`}>
      <p className="font-medium">
        {heading} {route.name}
        {route.confidence !== "verified" ? (
          <>
            {" "}
            <Badge tone="warning">
              {route.confidence === "unverified" ? "Unverified route" : "Secondary source"}
            </Badge>
          </>
        ) : null}
      </p>
      {route.met.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {route.met.map((m) => (
            <li key={m.text}>
              <span className="sr-only">Met: </span>✓ {m.text}
            </li>
          ))}
        </ul>
      ) : null}
      {route.missing.length > 0 ? (
        <ul className="space-y-1 text-sm" aria-label={`Missing for ${route.name}`}>
          {route.missing.map((item) => (
            <MissingLine key={item.text} item={item} target={route.target} context={context} />
          ))}
        </ul>
      ) : null}
      {route.unknowns.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {route.unknowns.map((u) => (
            <UnknownLine key={u.text} item={u} profileHref={context.profileHref} />
          ))}
        </ul>
      ) : null}
      {route.nextWindow ? (
        <p className="text-sm text-muted">
          Next application window: apply by {route.nextWindow.applyBy} to sit in{" "}
          {route.nextWindow.sitting}.
        </p>
      ) : null}
    </div>
  );
}

function PointsBlock({ points }: { points: PointsResult }) {
  return (
    <div className="space-y-1 text-sm" data-testid={`points-${points.system}`}>
      <p className="font-medium">
        {points.points} of {points.pointsNeeded} points
        {points.certainPoints !== points.points ? ` (${points.certainPoints} certain)` : ""}
      </p>
      <ul className="list-disc space-y-0.5 pl-5">
        {points.categories.map((c) => (
          <li key={c.key}>
            {c.label}: {c.points} (min {c.min}, max {c.max}){" "}
            <span className="text-muted">{c.detail}</span>
          </li>
        ))}
      </ul>
      {points.verdict !== "eligible" && points.waysToClose.length > 0 ? (
        <>
          <p className="font-medium">Ways to the rest:</p>
          <ul className="list-disc space-y-0.5 pl-5" aria-label="Ways to the rest">
            {points.waysToClose.map((w) => (
              <li key={w.text}>
                {w.unverified ? <Badge tone="warning">Unverified</Badge> : null} {w.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** One exam or credential: its verdict, and what stands behind it. */
export function Verdict({
  answer,
  context,
  points,
  headingLevel = 3,
}: {
  answer: EligibilityAnswer;
  context: VerdictContext;
  points?: PointsResult;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const name = context.names[answer.target] ?? answer.target;
  const decisive = answer.eligibleVia.length > 0 ? answer.eligibleVia : answer.nearest;
  return (
    <article
      className="space-y-2 rounded-lg border border-border bg-surface p-4"
      data-testid={`eligibility-${answer.target}`}
      aria-labelledby={`eligibility-${answer.target}-name`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading id={`eligibility-${answer.target}-name`} className="font-semibold">
          {name}
        </Heading>
        <VerdictBadge outcome={answer.outcome} />
      </div>
      <p className="text-sm" data-testid="verdict-summary">
        {answer.summary}
      </p>
      {answer.outcome !== "already_held" ? (
        <details className="group text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent underline underline-offset-2">
            Why, and what to do
          </summary>
          <div className="mt-2 space-y-3">
            {points ? <PointsBlock points={points} /> : null}
            {answer.outcome === "eligible"
              ? answer.eligibleVia.map((route) => (
                  <div key={route.routeId} className="space-y-1">
                    <RouteBlock route={route} heading="Via" context={context} />
                    {route.documents.length > 0 ? (
                      <>
                        <p className="font-medium">Documents the body asks for</p>
                        <ul className="list-disc space-y-0.5 pl-5">
                          {route.documents.map((d) => (
                            <li key={d.text}>{d.text}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </div>
                ))
              : null}
            {answer.outcome === "cant_tell" && answer.possibleVia.length > 0
              ? answer.possibleVia.map((route) => (
                  <RouteBlock
                    key={route.routeId}
                    route={route}
                    heading="Possibly now via"
                    context={context}
                  />
                ))
              : null}
            {answer.outcome === "cant_tell" && answer.possibleVia.length === 0 ? (
              <ul className="space-y-1">
                {answer.unknowns.map((u) => (
                  <UnknownLine key={u.text} item={u} profileHref={context.profileHref} />
                ))}
              </ul>
            ) : null}
            {answer.outcome === "not_yet" || answer.outcome === "cant_tell"
              ? decisive.map((route) => (
                  <RouteBlock
                    key={`nearest-${route.routeId}`}
                    route={route}
                    heading="Nearest route:"
                    context={context}
                  />
                ))
              : null}
            {answer.outcome === "no_route" ? (
              <ul className="list-disc space-y-0.5 pl-5">
                {[...new Set(answer.routes.flatMap((r) => r.blockers.map((b) => b.text)))].map(
                  (text) => (
                    <li key={text}>{text}</li>
                  ),
                )}
              </ul>
            ) : null}
            {answer.parts && answer.parts.length > 0 ? (
              <ul className="space-y-1">
                {answer.parts.map((part) => (
                  <li key={part.target}>
                    <strong>{context.names[part.target] ?? part.target}</strong>:{" "}
                    <VerdictBadge outcome={part.outcome} /> {part.summary}
                  </li>
                ))}
              </ul>
            ) : null}
            {answer.notes.map((note) => (
              <p key={note} className="text-muted">
                {note}
              </p>
            ))}
          </div>
        </details>
      ) : null}
    </article>
  );
}
