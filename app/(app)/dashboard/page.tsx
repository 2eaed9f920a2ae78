import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getRequirement } from "@/lib/catalog";
import { AdoptTimeZone } from "@/app/(app)/dashboard/_components/adopt-time-zone";
import { UpkeepCard } from "@/app/(app)/dashboard/_components/upkeep-card";
import { FiveYearDeadlines } from "@/components/plan/five-year-deadlines";
import { ProgressRing } from "@/components/plan/progress-ring";
import { StatusBadge } from "@/components/plan/status-badge";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadDashboard, type DashboardItem } from "@/lib/server/loaders/dashboard";
import { formatCalendarDate, formatMonthDay } from "@/lib/format";
import { requestLocale } from "@/lib/server/locale";
import { STATUS_LABELS } from "@/lib/milestone-status";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Dashboard" };

function ItemList({
  items,
  locale,
  empty,
  dateOf,
}: {
  items: DashboardItem[];
  locale: string;
  empty: string;
  dateOf?: (item: DashboardItem) => string | null;
}) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-border">
      {items.slice(0, 8).map((item) => {
        const date = dateOf?.(item);
        return (
          <li
            key={`${item.planId}-${item.milestone.key}`}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
          >
            <div>
              <Link
                href={`/plans/${item.planId}`}
                className="inline-flex min-h-11 items-center font-medium underline-offset-2 hover:underline sm:min-h-0"
              >
                {item.milestone.title}
              </Link>
              <p className="text-xs text-muted">{item.pathTitle}</p>
            </div>
            <div className="flex items-center gap-2 text-sm">
              {date ? <time dateTime={date}>{formatCalendarDate(date, locale)}</time> : null}
              <StatusBadge status={item.milestone.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

const EVENT_FIELDS: Record<string, string> = {
  status: "status",
  targetDate: "target date",
  examDate: "exam date",
  completedDate: "completion date",
  attempt: "exam result",
  notes: "notes",
  created: "new milestone",
  held: "what you hold",
};

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requireUser();
  const [params, locale, data] = await Promise.all([
    searchParams,
    requestLocale(),
    loadDashboard(user),
  ]);
  const dateOfDue = (item: DashboardItem) => item.milestone.examDate ?? item.milestone.targetDate;

  return (
    <div className="space-y-8">
      {!user.timeZone ? <AdoptTimeZone /> : null}
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          Welcome{user.name ? `, ${user.name}` : ""}
        </h1>
        <p className="mt-1 text-muted">Signed in as {user.email}</p>
      </div>
      {params.verified === "1" ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          Thanks, your email address is confirmed.
        </p>
      ) : null}
      {!user.emailVerified ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">
          Please confirm your email address: we sent you a link.
        </p>
      ) : null}

      {!data.onboarded ? (
        <section
          aria-labelledby="onboarding-heading"
          className="rounded-lg border border-accent bg-accent-soft p-4"
        >
          <h2 id="onboarding-heading" className="font-semibold">
            Get credit for what you already hold
          </h2>
          <p className="mt-1 text-sm">
            Tell us your credentials, passed exams, degrees and experience: they count in every
            path.
          </p>
          <Link href="/onboarding" className={buttonClasses("primary", "sm", "mt-3")}>
            Add what you hold
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="plans-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <h2 id="plans-heading" className="text-lg font-semibold">
            Your paths
          </h2>
          <Link
            href="/paths"
            className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline underline-offset-2"
          >
            Explore paths
          </Link>
        </div>
        {data.views.length === 0 ? (
          <div className="rounded-lg border border-dashed border-border bg-surface p-6 text-center">
            <p className="font-medium">You haven&apos;t chosen a path yet.</p>
            <p className="mt-1 text-sm text-muted">
              Compare the paths, then start one to get your personal plan.
            </p>
            <Link href="/paths" className={buttonClasses("primary", "md", "mt-4")}>
              Explore career paths
            </Link>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {data.views.map(({ plan, title, view }) => (
              <li key={plan.id}>
                <Link
                  href={`/plans/${plan.id}`}
                  className="flex items-center gap-4 rounded-lg border border-border bg-surface p-4 hover:border-accent"
                >
                  <ProgressRing
                    percent={view.progress.percent}
                    label={`${title}: ${view.progress.percent}% complete`}
                    size={64}
                  />
                  <div className="min-w-0">
                    <p className="font-semibold">
                      {title}
                      {plan.isPrimary ? (
                        <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent">
                          Primary
                        </span>
                      ) : null}
                    </p>
                    <p className="text-sm text-muted">{view.progress.explanation}</p>
                    {view.next[0] ? (
                      <p className="mt-1 text-sm">Next: {view.next[0].title}</p>
                    ) : null}
                  </div>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <FiveYearDeadlines deadlines={data.deadlines} locale={locale} />

      <UpkeepCard
        cycles={data.upkeep.cycles}
        next={data.upkeep.next}
        activityCount={data.upkeep.activityCount}
        date={(iso) => formatCalendarDate(iso, locale)}
      />

      {data.views.length > 0 ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel id="next" title="Next steps">
            <ItemList
              items={data.next}
              locale={locale}
              empty="Nothing to do next: every milestone is done or waiting on a choice."
            />
          </Panel>
          <Panel id="due" title="Due in the next 30 days">
            <ItemList
              items={data.dueSoon}
              locale={locale}
              empty="Nothing due in the next 30 days."
              dateOf={dateOfDue}
            />
          </Panel>
          <Panel id="overdue" title="Overdue">
            <ItemList
              items={data.overdue}
              locale={locale}
              empty="Nothing overdue."
              dateOf={(item) => item.milestone.targetDate}
            />
          </Panel>
          <Panel id="activity" title="Recent activity">
            {data.recent.length === 0 ? (
              <p className="text-sm text-muted">Changes you make to milestones show up here.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {data.recent.map((event) => (
                  <li key={event.id}>
                    <time dateTime={event.createdAt.toISOString()} className="text-muted">
                      {formatMonthDay(event.createdAt, locale)}
                    </time>{" "}
                    {event.requirementSlug
                      ? (getRequirement(event.requirementSlug)?.code ??
                        getRequirement(event.requirementSlug)?.name)
                      : "Your milestone"}
                    : {EVENT_FIELDS[event.field] ?? event.field}
                    {event.field === "status" && event.newValue
                      ? ` → ${STATUS_LABELS[event.newValue as keyof typeof STATUS_LABELS] ?? event.newValue}`
                      : event.newValue && event.field !== "notes"
                        ? ` → ${event.newValue}`
                        : ""}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      ) : null}
    </div>
  );
}
