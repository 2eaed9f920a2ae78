import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Pager } from "@/components/ui/pager";
import { Panel } from "@/components/ui/panel";
import { inputClasses } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { AppError } from "@/lib/errors";
import { formatCalendarDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { requestLocale } from "@/lib/server/locale";
import { loadTeamPage, teamFiltersFrom } from "@/lib/server/loaders/teams";
import { ROLE_LABELS, assignableRoles, can, canRemove } from "@/lib/sharing/roles";
import { idSchema } from "@/lib/validation";
import {
  CancelInvitationButton,
  ConfirmSignOffForm,
  DeleteOrganizationButton,
  InviteForm,
  LeaveButton,
  MemberControls,
  SharingForm,
  WithdrawSignOffForm,
} from "./_components/team-forms";

export const metadata: Metadata = { title: "Team readiness" };

const FILTERS = [
  { value: "all", label: "Everyone" },
  { value: "due90", label: "Due in 90 days" },
  { value: "behind", label: "Behind on CE" },
  { value: "overdue", label: "Overdue items" },
] as const;

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!idSchema.safeParse(id).success) notFound();
  const { user } = await requireUser();
  const filters = teamFiltersFrom(query);
  const data = await loadTeamPage(user, id, filters).catch((error: unknown) => {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  });
  const locale = await requestLocale();
  const { membership, team } = data;
  const role = membership.role;
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const csvQuery = new URLSearchParams({
    filter: filters.filter,
    sort: filters.sort,
    ...(filters.credential ? { credential: filters.credential } : {}),
  });

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/teams" className="underline underline-offset-2">
            Teams
          </Link>{" "}
          / {membership.name}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{membership.name}</h1>
        <p className="text-sm text-muted">Your role: {ROLE_LABELS[role]}.</p>
      </header>
      {query.joined ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          You joined {membership.name}. Change what you share below at any time.
        </p>
      ) : null}

      {team ? (
        <section aria-labelledby="readiness-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="readiness-heading" className="text-lg font-semibold">
              Readiness
            </h2>
            <a
              href={`/teams/${id}/csv?${csvQuery.toString()}`}
              className={buttonClasses("secondary", "sm")}
            >
              Download CSV
            </a>
          </div>
          <form
            method="get"
            className="flex flex-wrap items-end gap-3"
            aria-label="Filter and sort"
          >
            <label className="space-y-1 text-sm">
              <span className="block font-medium">Show</span>
              <select name="filter" defaultValue={filters.filter} className={inputClasses}>
                {FILTERS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="block font-medium">Credential</span>
              <select
                name="credential"
                defaultValue={filters.credential ?? ""}
                className={inputClasses}
              >
                <option value="">Any</option>
                {team.credentials.map((credential) => (
                  <option key={credential} value={credential}>
                    {credential}
                  </option>
                ))}
              </select>
            </label>
            <label className="space-y-1 text-sm">
              <span className="block font-medium">Sort by</span>
              <select name="sort" defaultValue={filters.sort} className={inputClasses}>
                <option value="name">Name</option>
                <option value="deadline">Next deadline</option>
                <option value="progress">Least progress first</option>
              </select>
            </label>
            <button type="submit" className={buttonClasses("secondary")}>
              Apply
            </button>
          </form>
          <p className="text-sm text-muted">
            The app&apos;s own records, as each member keeps them; not a registry&apos;s
            verification. Members who share nothing show as &ldquo;not shared&rdquo;.
          </p>
          {team.rows.length === 0 ? (
            <p className="rounded-lg border border-border bg-surface p-4 text-sm text-muted">
              {team.total === 0 ? "No members yet. Invite someone below." : "Nobody matches."}
            </p>
          ) : (
            <ul className="space-y-3" aria-label="Members">
              {team.rows.map((row) => (
                <li
                  key={row.userId}
                  data-testid="team-row"
                  className="rounded-lg border border-border bg-surface p-4"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold">{row.name}</h3>
                    <span className="text-xs text-muted">
                      {ROLE_LABELS[row.role as keyof typeof ROLE_LABELS]}
                    </span>
                  </div>
                  {row.readiness === null ? (
                    <p className="mt-1 text-sm text-muted">Not shared</p>
                  ) : (
                    <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                      <div>
                        <dt className="text-muted">Paths</dt>
                        <dd>
                          {row.readiness.plans.length
                            ? row.readiness.plans
                                .map((plan) => `${plan.title}: ${plan.percent}%`)
                                .join(" · ")
                            : "No plan shared"}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-muted">Next deadline</dt>
                        <dd>
                          {row.readiness.nextDeadline
                            ? `${row.readiness.nextDeadline.title}, ${date(row.readiness.nextDeadline.date)}`
                            : "None"}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-muted">Overdue</dt>
                        <dd className={row.readiness.overdue ? "text-warning" : undefined}>
                          {row.readiness.overdue}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-muted">Five-year windows</dt>
                        <dd>
                          {row.readiness.windows.length
                            ? row.readiness.windows
                                .map((w) => `${w.credential} by ${date(w.deadline)}`)
                                .join(" · ")
                            : "None open"}
                        </dd>
                      </div>
                      <div className="sm:col-span-2">
                        <dt className="text-muted">CE cycles</dt>
                        <dd>
                          {row.readiness.cycles.length ? (
                            <ul>
                              {row.readiness.cycles.map((cycle) => (
                                <li key={cycle.body}>
                                  {cycle.body}: {cycle.label}
                                  {cycle.missing ? ` · ${cycle.missing}` : ""}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            "Not shared or none held"
                          )}
                        </dd>
                      </div>
                    </dl>
                  )}
                  {row.userId !== user.id &&
                  (assignableRoles(role).length > 0 || can(role, "remove")) ? (
                    <div className="mt-3">
                      <MemberControls
                        organizationId={id}
                        userId={row.userId}
                        name={row.name}
                        role={row.role as keyof typeof ROLE_LABELS}
                        roles={can(role, "change_roles") ? assignableRoles(role) : []}
                        canRemove={canRemove(role, row.role as keyof typeof ROLE_LABELS)}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <Pager
            page={team.page}
            pageCount={team.pageCount}
            hrefFor={(to) =>
              `?${new URLSearchParams({ ...Object.fromEntries(csvQuery), page: String(to) })}`
            }
            summary={`(${team.matching} members)`}
          />
        </section>
      ) : null}

      {can(role, "sign_off") ? (
        <Panel id="sign-offs" title="Sign-off requests">
          {data.signOffRequests.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No requests waiting.</p>
          ) : (
            <ul className="mt-2 space-y-4">
              {data.signOffRequests.map((request) => (
                <li key={request.id} className="space-y-2" data-testid="sign-off-request">
                  <p className="text-sm">
                    <span className="font-medium">{request.memberName ?? request.memberEmail}</span>{" "}
                    asks you to sign off <span className="font-medium">{request.title}</span>.
                  </p>
                  <ConfirmSignOffForm
                    organizationId={id}
                    signOffId={request.id}
                    title={request.title}
                    memberName={request.memberName ?? request.memberEmail}
                  />
                </li>
              ))}
            </ul>
          )}
          {data.confirmedByViewer.length ? (
            <>
              <h3 className="mt-6 font-medium">Your sign-offs</h3>
              <ul className="mt-2 space-y-4" aria-label="Your sign-offs">
                {data.confirmedByViewer.map((signOff) => (
                  <li key={signOff.id} className="space-y-2" data-testid="confirmed-sign-off">
                    <p className="text-sm">
                      <span className="font-medium">{signOff.title}</span> for{" "}
                      {signOff.memberName ?? signOff.memberEmail}
                      {signOff.confirmedAt
                        ? `, confirmed ${date(signOff.confirmedAt.toISOString().slice(0, 10))}`
                        : ""}
                      .
                    </p>
                    <WithdrawSignOffForm signOffId={signOff.id} title={signOff.title} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Panel>
      ) : null}

      {can(role, "invite") ? (
        <Panel id="invite" title="Invite">
          <div className="mt-3 max-w-md">
            <InviteForm organizationId={id} roles={assignableRoles(role)} />
          </div>
          <h3 className="mt-6 font-medium">Pending invitations</h3>
          {data.invitations.length === 0 ? (
            <p className="mt-1 text-sm text-muted">None.</p>
          ) : (
            <ul className="mt-1 divide-y divide-border" aria-label="Pending invitations">
              {data.invitations.map((invitation) => (
                <li
                  key={invitation.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                >
                  <span>
                    {invitation.email} · {ROLE_LABELS[invitation.role]} · until{" "}
                    {date(invitation.expiresAt.toISOString().slice(0, 10))}
                  </span>
                  <CancelInvitationButton
                    organizationId={id}
                    invitationId={invitation.id}
                    email={invitation.email}
                  />
                </li>
              ))}
            </ul>
          )}
        </Panel>
      ) : null}

      <Panel id="your-sharing" title="What you share with this organization">
        <div className="mt-3 max-w-md">
          <SharingForm organizationId={id} plans={data.plans} scope={membership.scope} />
        </div>
        <div className="mt-6 flex flex-wrap gap-3">
          <LeaveButton organizationId={id} name={membership.name} />
          {can(role, "delete_organization") ? (
            <DeleteOrganizationButton organizationId={id} name={membership.name} />
          ) : null}
        </div>
      </Panel>
    </div>
  );
}
