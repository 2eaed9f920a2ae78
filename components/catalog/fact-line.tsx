import type { ReactNode } from "react";
import type { Provenance } from "@/lib/catalog/types";
import { resolveSources } from "@/lib/catalog/view";
import { catalogLookup } from "@/lib/catalog/lookup";
import { CorrectionLink } from "./correction-link";
import { FactConfidence } from "./fact-confidence";

export interface FactSubject {
  slug: string;
  name: string;
}

/** The confidence marker and correction link that follow every fact. */
export function FactMeta({
  provenance,
  subject,
  factText,
}: {
  provenance: Provenance;
  subject: FactSubject;
  factText: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <FactConfidence
        confidence={provenance.confidence}
        sources={resolveSources(provenance.sources, catalogLookup)}
        note={provenance.note}
      />
      <CorrectionLink subjectSlug={subject.slug} subjectName={subject.name} factText={factText} />
    </div>
  );
}

/** One fact as a list item: the statement, how sure we are, and a way to correct it. */
export function FactLine({
  children,
  factText,
  provenance,
  subject,
}: {
  /** What to show; defaults to the fact's text. */
  children?: ReactNode;
  factText: string;
  provenance: Provenance;
  subject: FactSubject;
}) {
  return (
    <li className="space-y-1">
      <p>{children ?? factText}</p>
      <FactMeta provenance={provenance} subject={subject} factText={factText} />
    </li>
  );
}
