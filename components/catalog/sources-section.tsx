import type { Source } from "@/lib/catalog/types";

/** The "Sources" section: every page the page cites, as links with title and publisher. */
export function SourcesSection({ sources }: { sources: readonly Source[] }) {
  return (
    <section aria-labelledby="sources-heading" className="space-y-3">
      <h2 id="sources-heading" className="text-lg font-semibold">
        Sources
      </h2>
      <p className="text-sm text-muted">
        Every page this page cites. Some were read as stored copies that may be years old; each fact
        above says how sure we are.
      </p>
      {sources.length === 0 ? (
        <p className="text-sm">
          No sources are recorded for this page: every fact on it is marked as not yet confirmed.
        </p>
      ) : null}
      <ol className="list-decimal space-y-1 pl-6 text-sm marker:text-muted">
        {sources.map((source) => (
          <li key={source.slug} id={`source-${source.slug}`}>
            <a
              href={source.url}
              className="inline-flex min-h-11 min-w-11 items-center text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent sm:min-h-0"
            >
              {source.title}
            </a>
            <span className="text-muted"> — {source.publisher}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
