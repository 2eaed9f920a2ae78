import type { Confidence, Source } from "@/lib/catalog/types";
import { CONFIDENCE_LABELS } from "@/lib/catalog/view";
import { Badge } from "./badge";

const ICONS: Record<Confidence, string> = { verified: "✓", secondary: "◐", unverified: "?" };
const TONES = { verified: "success", secondary: "neutral", unverified: "warning" } as const;

export type SourceLink = Pick<Source, "slug" | "url" | "title" | "publisher">;

interface FactConfidenceProps {
  confidence: Confidence;
  /** Resolved sources; the marker links to them. */
  sources?: readonly SourceLink[];
  /** What is unknown or how to confirm it; always shown with unverified facts. */
  note?: string;
  /** Just the marker (for tables): no source links or note. */
  compact?: boolean;
}

/**
 * How sure we are of a fact: "Verified with issuer", "Secondary source" or "Not yet confirmed
 * with the issuer", with the sources and the note. No hooks and no catalog import, so server and
 * client components can both use it.
 */
export function FactConfidence({ confidence, sources = [], note, compact }: FactConfidenceProps) {
  const marker = (
    <Badge tone={TONES[confidence]}>
      <span aria-hidden="true">{ICONS[confidence]}</span>
      {CONFIDENCE_LABELS[confidence]}
    </Badge>
  );
  if (compact) return marker;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 gap-y-1 text-xs text-muted">
      {marker}
      {sources.length > 0 ? (
        <span>
          {sources.length === 1 ? "Source: " : "Sources: "}
          {sources.map((source, index) => (
            <span key={source.slug}>
              {index > 0 ? "; " : null}
              <a
                href={source.url}
                className="underline decoration-border underline-offset-2 hover:text-accent hover:decoration-accent"
              >
                {source.title}
              </a>{" "}
              ({source.publisher})
            </span>
          ))}
        </span>
      ) : null}
      {note ? (
        <span className="basis-full">
          {confidence === "unverified" ? "What we don't know yet: " : "Note: "}
          {note}
        </span>
      ) : null}
    </span>
  );
}
