import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getPath, getRequirement } from "@/lib/catalog";
import { CorrectionForm } from "./_components/correction-form";

export const metadata: Metadata = { title: "Report a correction", robots: { index: false } };

export default async function NewCorrectionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const subject = typeof params.subject === "string" ? params.subject : "";
  const fact = typeof params.fact === "string" ? params.fact.slice(0, 500) : "";
  const requirement = getRequirement(subject);
  const path = getPath(subject);
  const title = requirement?.name ?? path?.title;
  const backHref = requirement ? `/credentials/${subject}` : path ? `/paths/${subject}` : "/paths";

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Report a correction</h1>
        <p className="mt-1 text-muted">
          Registries change their rules and fees. If something here is wrong or out of date, tell us
          and, if you can, where the right information is published.
        </p>
      </div>
      {title ? (
        <div className="rounded-lg border border-border bg-surface p-4 text-sm">
          <p className="font-medium">{title}</p>
          {fact ? <p className="mt-1 text-muted">“{fact}”</p> : null}
        </div>
      ) : (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">
          We couldn&apos;t tell which entry this is about. Start from the page with the fact and use
          its “Report a correction” link.
        </p>
      )}
      {title ? <CorrectionForm subject={subject} fact={fact} /> : null}
      <Link href={backHref} className="text-sm text-accent underline underline-offset-2">
        Back
      </Link>
    </div>
  );
}
