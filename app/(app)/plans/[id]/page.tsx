import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getPath, getRequirement } from "@/lib/catalog";
import { AddCustomMilestone } from "@/app/(app)/plans/[id]/_components/add-custom-milestone";
import { ChoicePicker } from "@/app/(app)/plans/[id]/_components/choice-picker";
import { MilestoneRow } from "@/app/(app)/plans/[id]/_components/milestone-row";
import { PlanActions } from "@/app/(app)/plans/[id]/_components/plan-actions";
import { PlanTimeline } from "@/app/(app)/plans/[id]/_components/plan-timeline";
import { NearerRoute } from "@/app/(app)/plans/[id]/_components/nearer-route";
import { ProgressRing } from "@/components/plan/progress-ring";
import { FiveYearDeadlines } from "@/components/plan/five-year-deadlines";
import { groupDeadlines } from "@/lib/plan/deadlines";
import { requireUser } from "@/lib/server/auth/current-user";
import { formatCalendarDate } from "@/lib/format";
import { requestLocale } from "@/lib/server/locale";
import { examCountdown } from "@/lib/plan";
import { fullName } from "@/lib/catalog/names";
import { loadOwnPlan } from "@/lib/server/loaders/own-plan";
import { loadPlanPage } from "@/lib/server/loaders/plan-page";
import { Panel } from "@/components/ui/panel";
import { listLiveSignOffsByUser } from "@/db/queries/sign-offs";
import { listMembershipsByUser } from "@/db/queries/organizations";
import { sharesPlan } from "@/lib/sharing/scope";
import {
  CancelSignOffRequest,
  SignOffRequest,
} from "@/app/(app)/plans/[id]/_components/sign-off-request";

export const metadata: Metadata = { title: "Your plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await requireUser();
  const plan = await loadOwnPlan(id, user.id);
  const [{ view, details, today, nearerRoute }, locale, signOffs, memberships] = await Promise.all([
    loadPlanPage(user, plan),
    requestLocale(),
    listLiveSignOffsByUser(user.id),
    listMembershipsByUser(user.id),
  ]);
  // Sign-off: experience milestones and the person's own, asked of organizations shown this plan.
  const signOffCandidates = view.milestones
    .filter((milestone) => milestone.kind === "experience" || milestone.kind === "custom")
    .map((milestone) => ({ key: milestone.key, title: milestone.title }));
  const sharedWith = memberships
    .filter((membership) => sharesPlan(membership.scope, plan.id))
    .map((membership) => ({ id: membership.organizationId, name: membership.name }));
  const milestoneKeys = new Set(view.milestones.map((milestone) => milestone.key));
  const planSignOffs = signOffs.filter((signOff) =>
    milestoneKeys.has(
      signOff.customMilestoneId
        ? `custom:${signOff.customMilestoneId}`
        : (signOff.requirementSlug ?? ""),
    ),
  );
  const path = getPath(plan.pathSlug);
  const optionTitles = Object.fromEntries(
    view.choices.flatMap((choice) =>
      choice.options.map((option) => {
        const requirement = getRequirement(option.slug);
        return [option.slug, requirement ? fullName(requirement) : option.title];
      }),
    ),
  );

  return (
    <div className="space-y-8">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-4">
          <ProgressRing
            percent={view.progress.percent}
            label={`${view.progress.percent}% complete`}
          />
          <div className="min-w-0">
            <p className="text-sm text-muted">
              <Link href="/dashboard" className="underline underline-offset-2">
                Dashboard
              </Link>{" "}
              / Plan
            </p>
            <h1 className="flex flex-wrap items-center gap-x-2 text-2xl font-semibold tracking-tight">
              {path?.title ?? plan.pathSlug}
              {plan.isPrimary ? (
                <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent">
                  Primary
                </span>
              ) : null}
            </h1>
            <p className="text-sm text-muted" data-testid="progress-explanation">
              {view.progress.explanation}
            </p>
          </div>
        </div>
        <PlanActions
          planId={plan.id}
          title={path?.title ?? plan.pathSlug}
          isPrimary={plan.isPrimary}
        />
      </header>

      {view.next.length ? (
        <Panel id="next" title="Next steps">
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {view.next.map((milestone) => (
              <li key={milestone.key}>{milestone.title}</li>
            ))}
          </ul>
          {view.estimatedCompletion ? (
            <p className="mt-3 text-sm text-muted">
              Estimated completion: about {formatCalendarDate(view.estimatedCompletion, locale)} (an
              estimate from typical durations).
            </p>
          ) : null}
        </Panel>
      ) : null}

      {planSignOffs.length || (sharedWith.length && signOffCandidates.length) ? (
        <Panel id="sign-off" title="Sign-off">
          {planSignOffs.length ? (
            <ul className="mt-2 space-y-2 text-sm">
              {planSignOffs.map((signOff) => (
                <li
                  key={signOff.id}
                  data-testid="sign-off"
                  className="flex flex-wrap items-center gap-x-3 gap-y-1"
                >
                  <span>
                    <span className="font-medium">{signOff.milestoneTitle}</span>:{" "}
                    {signOff.state === "confirmed" && signOff.confirmedAt
                      ? `confirmed by ${signOff.authorName ?? "a former member"} on ${formatCalendarDate(signOff.confirmedAt.toISOString().slice(0, 10), locale)}${signOff.comment ? ` ("${signOff.comment}")` : ""}`
                      : "sign-off requested"}
                  </span>
                  {signOff.state === "requested" ? (
                    <CancelSignOffRequest signOffId={signOff.id} title={signOff.milestoneTitle} />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-2 text-sm text-muted">
            A sign-off is this app&apos;s record of an educator&apos;s or manager&apos;s
            confirmation, not a registry&apos;s verification. Changing the milestone&apos;s status,
            dates or evidence voids it.
          </p>
          {sharedWith.length && signOffCandidates.length ? (
            <div className="mt-3 max-w-md">
              <SignOffRequest
                planId={plan.id}
                milestones={signOffCandidates}
                organizations={sharedWith}
              />
            </div>
          ) : null}
        </Panel>
      ) : null}

      {nearerRoute ? <NearerRoute planId={plan.id} version={plan.version} /> : null}

      <FiveYearDeadlines deadlines={groupDeadlines(view.deadlines)} locale={locale} />

      <section aria-labelledby="steps-heading" className="space-y-6">
        <h2 id="steps-heading" className="text-lg font-semibold">
          Milestones
        </h2>
        <ol className="space-y-6">
          {view.steps.map((step, index) => (
            <li key={step.key} className="rounded-lg border border-border bg-surface p-4 sm:p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  <span className="text-muted">Step {index + 1}.</span> {step.title}
                </h3>
                <span className="text-xs text-muted">
                  {step.necessity === "required" ? "Required" : "Typical, not a formal requirement"}
                  {step.satisfied ? " · Done" : ""}
                </span>
              </div>
              <p className="mt-1 text-sm text-muted">{step.description}</p>
              <div className="mt-3 space-y-3">
                {step.choices.map((choice) => (
                  <ChoicePicker
                    key={choice.groupKey}
                    choice={choice}
                    planId={plan.id}
                    planVersion={plan.version}
                    optionTitles={optionTitles}
                  />
                ))}
              </div>
              <ul className="mt-2 divide-y divide-border">
                {step.milestones.map((milestone) => (
                  <MilestoneRow
                    key={milestone.key}
                    milestone={milestone}
                    planId={plan.id}
                    planVersion={plan.version}
                    locale={locale}
                    countdown={
                      milestone.examDate
                        ? examCountdown(milestone.examDate, today).label
                        : undefined
                    }
                    detail={details[milestone.key]!}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section
        aria-labelledby="custom-heading"
        className="space-y-3 rounded-lg border border-border bg-surface p-4 sm:p-5"
      >
        <h2 id="custom-heading" className="font-semibold">
          Your own milestones
        </h2>
        {view.custom.length ? (
          <ul className="divide-y divide-border">
            {view.custom.map((milestone) => (
              <MilestoneRow
                key={milestone.key}
                milestone={milestone}
                planId={plan.id}
                planVersion={plan.version}
                locale={locale}
                detail={details[milestone.key]!}
              />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">
            Add anything else you want to track: a course, a mentor meeting, a job application.
          </p>
        )}
        <AddCustomMilestone planId={plan.id} />
      </section>

      <PlanTimeline
        milestones={view.milestones}
        deadlines={view.deadlines}
        locale={locale}
        today={today}
      />
    </div>
  );
}
