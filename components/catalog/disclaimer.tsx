import type { Issuer } from "@/lib/catalog/types";
import { formatPublicDate } from "@/lib/format";

/** The planner is not the registry: confirm with the issuing body. */
export function Disclaimer({
  issuers,
  checkedOn,
}: {
  issuers: readonly Issuer[];
  checkedOn: string;
}) {
  const named = issuers.filter(
    (issuer) => issuer.slug !== "academic" && issuer.slug !== "employer",
  );
  return (
    <aside
      aria-label="Before you rely on this"
      className="rounded-lg border border-border bg-surface-2 p-4 text-sm"
    >
      <p>
        <strong className="font-semibold">This planner is not the registry.</strong> Rules, fees and
        deadlines change. Confirm them with the issuing body before you apply
        {named.length > 0 ? ": " : "."}
        {named.map((issuer, index) => (
          <span key={issuer.slug}>
            {index > 0 ? (index === named.length - 1 ? " and " : ", ") : null}
            {issuer.url ? (
              <a
                href={issuer.url}
                className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
              >
                {issuer.abbreviation}
              </a>
            ) : (
              <span>{issuer.name}</span>
            )}
          </span>
        ))}
        {named.length > 0 ? "." : null} Facts last checked on {formatPublicDate(checkedOn)}.
      </p>
    </aside>
  );
}
