import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadTeamsIndex } from "@/lib/server/loaders/teams";
import { ROLE_LABELS } from "@/lib/sharing/roles";
import { describeScope } from "@/lib/sharing/scope";
import { CreateOrganizationForm } from "./_components/create-organization-form";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requireUser();
  const [memberships, params] = await Promise.all([loadTeamsIndex(user), searchParams]);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Teams</h1>
        <p className="max-w-2xl text-sm text-muted">
          Organizations you belong to. Each sees only what you choose to share with it, and nothing
          after you leave.
        </p>
      </header>
      {params.left ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          You left the organization. It no longer sees anything of yours.
        </p>
      ) : null}
      {params.deleted ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          The organization was deleted. Its members&apos; own plans are untouched.
        </p>
      ) : null}
      <Panel id="memberships" title="Your organizations">
        {memberships.length === 0 ? (
          <p className="mt-2 text-sm text-muted" data-testid="teams-empty">
            You don&apos;t belong to any organization yet. Create one below, or accept an invitation
            sent to your email.
          </p>
        ) : (
          <ul className="mt-2 divide-y divide-border">
            {memberships.map((membership) => (
              <li
                key={membership.organizationId}
                className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <Link
                    href={`/teams/${membership.organizationId}`}
                    className="inline-flex min-h-11 items-center font-medium underline-offset-2 hover:underline sm:min-h-0"
                  >
                    {membership.name}
                  </Link>
                  <p className="text-sm text-muted">
                    {ROLE_LABELS[membership.role]} · {membership.memberCount}{" "}
                    {membership.memberCount === 1 ? "member" : "members"} · You share:{" "}
                    {describeScope(membership.scope).toLowerCase()}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="create" title="Create an organization">
        <div className="mt-3 max-w-md">
          <CreateOrganizationForm />
        </div>
      </Panel>
    </div>
  );
}
