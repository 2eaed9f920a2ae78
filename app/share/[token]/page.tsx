import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Panel } from "@/components/ui/panel";
import { StatusBadge } from "@/components/plan/status-badge";
import { formatCalendarDate } from "@/lib/format";
import { requestLocale } from "@/lib/server/locale";
import { loadSharedView } from "@/lib/server/loaders/shared-view";
import { PERIOD_STATUS_LABELS, bodyName, describeAction } from "@/lib/upkeep/describe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Shared plan",
  robots: { index: false, follow: false, nocache: true },
};

/**
 * A read-only view by link: no sign-in, only what the owner ticked, while the link is live. The
 * page is noindex, no-store and sends no referrer (proxy.ts: the token is in the URL).
 */
export default async function SharedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [data, locale] = await Promise.all([loadSharedView(token), requestLocale()]);
  if (!data) notFound();
  const { link, views, upkeep, certificates } = data;
  const owner = link.ownerName ?? "Someone";
  const date = (iso: string) => formatCalendarDate(iso, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{owner}&apos;s plan, read-only</h1>
        <p className="max-w-2xl text-sm text-muted" data-testid="share-notice">
          Shared by {owner} until {date(link.expiresAt.toISOString().slice(0, 10))}. Anyone who
          holds this link can see this page; &ldquo;{link.label}&rdquo; is only a label. These are
          the app&apos;s own records, not a registry&apos;s verification.
        </p>
      </header>
      {views.length === 0 ? (
        <p className="text-sm text-muted">No plan is shared through this link.</p>
      ) : null}
      {views.map((view) => (
        <Panel
          key={view.planId}
          id={`plan-${view.planId}`}
          title={`${view.title}: ${view.percent}%`}
        >
          <p className="mt-1 text-sm text-muted">{view.explanation}</p>
          <ul className="mt-3 divide-y divide-border">
            {view.milestones.map((milestone) => (
              <li key={milestone.key} className="space-y-1 py-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{milestone.title}</span>
                  <StatusBadge status={milestone.status} />
                </div>
                <p className="flex flex-wrap gap-x-4 text-muted">
                  {milestone.completedDate && milestone.status === "done" ? (
                    <span>Done {date(milestone.completedDate)}</span>
                  ) : null}
                  {milestone.examDate && milestone.status !== "done" ? (
                    <span>Exam {date(milestone.examDate)}</span>
                  ) : null}
                  {milestone.targetDate && milestone.status !== "done" ? (
                    <span>Target {date(milestone.targetDate)}</span>
                  ) : null}
                </p>
                {milestone.evidence ? (
                  <p className="text-muted">Evidence: {milestone.evidence}</p>
                ) : null}
                {milestone.notes ? <p className="text-muted">Notes: {milestone.notes}</p> : null}
              </li>
            ))}
          </ul>
        </Panel>
      ))}
      {upkeep ? (
        <Panel id="upkeep" title="Credential upkeep">
          {upkeep.cycles.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No credential with a CE cycle.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {upkeep.cycles.map((cycle) => (
                <li key={cycle.ruleSlug}>
                  {bodyName(cycle.body)}: {PERIOD_STATUS_LABELS[cycle.status]}
                </li>
              ))}
            </ul>
          )}
          {upkeep.agenda.length ? (
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
              {upkeep.agenda.map((action, index) => (
                <li key={index}>{describeAction(action, date)}</li>
              ))}
            </ul>
          ) : null}
        </Panel>
      ) : null}
      {certificates.length ? (
        <Panel id="certificates" title="Certificates">
          <ul className="mt-2 space-y-1 text-sm">
            {certificates.map((certificate) => (
              <li key={certificate.id}>
                <a
                  href={`/share/${token}/files/${certificate.id}`}
                  className="text-accent underline underline-offset-2"
                >
                  {certificate.fileName}
                </a>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
