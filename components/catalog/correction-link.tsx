import { correctionHref } from "@/lib/catalog/view";

/** A small "Report a correction" link for one fact. The corrections form is built elsewhere. */
export function CorrectionLink({
  subjectSlug,
  subjectName,
  factText,
}: {
  subjectSlug: string;
  /** Named in the link's accessible name, so a list of these links stays distinguishable. */
  subjectName: string;
  factText: string;
}) {
  return (
    <a
      href={correctionHref(subjectSlug, factText)}
      aria-label={`Report a correction about ${subjectName}`}
      className="inline-flex min-h-11 items-center text-xs text-muted underline decoration-border underline-offset-2 hover:text-accent sm:min-h-6"
    >
      Report a correction
    </a>
  );
}
