import type { Metadata } from "next";
import { listPlansByUserId } from "@/db/queries/plans";
import { listLiveShareLinks } from "@/db/queries/share-links";
import { Panel } from "@/components/ui/panel";
import { getPath } from "@/lib/catalog";
import { requireUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";
import { describeScope } from "@/lib/sharing/scope";
import { CreateLinkForm, RevokeLinkButton } from "./_components/link-forms";

export const metadata: Metadata = { title: "Sharing" };

function when(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never";
}

export default async function SharingPage() {
  const { user } = await requireUser();
  const [links, plans] = await Promise.all([
    listLiveShareLinks({ userId: user.id, now: now() }),
    listPlansByUserId(user.id),
  ]);
  const planOptions = plans.map((plan) => ({
    id: plan.id,
    title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
  }));
  const titleOf = (id: string) => planOptions.find((plan) => plan.id === id)?.title ?? "a plan";
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Sharing</h1>
        <p className="max-w-2xl text-sm text-muted">
          A read-only view of your plans by link, for a mentor or anyone you choose. Revoke a link
          and it stops working at once. Organizations you belong to are under Teams.
        </p>
      </header>
      <Panel id="links" title="Live links">
        {links.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No live links.</p>
        ) : (
          <ul className="mt-2 divide-y divide-border" aria-label="Live links">
            {links.map((link) => (
              <li
                key={link.id}
                data-testid="share-link-row"
                className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0 text-sm">
                  <p className="font-medium">{link.label}</p>
                  <p className="text-muted">
                    {describeScope(link.scope, titleOf)} · until {when(link.expiresAt)} · last
                    opened {when(link.lastUsedAt)}
                  </p>
                </div>
                <RevokeLinkButton linkId={link.id} label={link.label} />
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="new-link-panel" title="Create a link">
        <div className="mt-3 max-w-md">
          <CreateLinkForm plans={planOptions} />
        </div>
      </Panel>
    </div>
  );
}
