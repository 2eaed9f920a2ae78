import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Verdict } from "@/components/eligibility/verdict";
import { StatusBadge } from "@/components/plan/status-badge";
import { requireUser } from "@/lib/server/auth/current-user";
import { eligibilityNames, loadEligibilityPage } from "@/lib/server/loaders/eligibility";
import { AddMilestoneButton } from "./_components/add-milestone-button";
import { RemoveMilestoneButton } from "./_components/remove-milestone-button";

export const metadata: Metadata = { title: "Eligibility" };

const PROFILE_HREF = "/settings#profile";

export default async function EligibilityPage() {
  const { user } = await requireUser();
  const data = await loadEligibilityPage(user);
  const names = eligibilityNames();
  const addedSlugs = new Set(data.added.map((a) => a.requirementSlug));

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Can I sit this exam?</h1>
        <p className="text-muted">
          Every exam and credential in the planner, with what your profile says about it: eligible
          now, not yet (and exactly what is missing), can&apos;t tell (and why), or no route. We
          never claim more than the rules and your answers show.
        </p>
        <p>
          <Link
            href={PROFILE_HREF}
            className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2"
          >
            Edit your education and experience
          </Link>
        </p>
      </header>

      {data.splitPending ? (
        <p
          className="rounded-md border border-warning bg-warning-soft p-3 text-sm"
          data-testid="split-notice"
        >
          Your experience has no area yet, so exams that count only their own area say
          &ldquo;can&apos;t tell&rdquo;.{" "}
          <Link href={PROFILE_HREF} className="font-medium underline underline-offset-2">
            Split it by area
          </Link>
          .
        </p>
      ) : null}
      {!data.profileAnswered ? (
        <p className="rounded-md border border-border bg-surface-2 p-3 text-sm">
          You haven&apos;t told us about your education or experience yet, so most answers are
          &ldquo;can&apos;t tell&rdquo;.{" "}
          <Link
            href={PROFILE_HREF}
            className="font-medium text-accent underline underline-offset-2"
          >
            Answer a few questions
          </Link>{" "}
          (all optional).
        </p>
      ) : null}

      <section aria-labelledby="added-heading" className="space-y-3">
        <h2 id="added-heading" className="text-lg font-semibold">
          Milestones you added
        </h2>
        {data.added.length === 0 ? (
          <p className="text-sm text-muted">
            None yet. Open an exam below and add what it is missing.
          </p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
            {data.added.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 p-3"
                data-testid={`added-${m.requirementSlug}`}
              >
                <div className="min-w-0 space-y-1">
                  <p className="font-medium">
                    {names[m.requirementSlug] ?? m.requirementSlug}{" "}
                    <StatusBadge status={m.status} />
                  </p>
                  <p className="text-sm text-muted">
                    For {names[m.targetSlug] ?? m.targetSlug}.{m.note ? ` ${m.note}` : ""}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  {m.kind === "experience" && !m.done ? (
                    <Link
                      href={PROFILE_HREF}
                      className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline underline-offset-2"
                    >
                      Record your months
                    </Link>
                  ) : null}
                  <RemoveMilestoneButton
                    id={m.id}
                    label={names[m.requirementSlug] ?? m.requirementSlug}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.groups.map((group) => (
        <section
          key={group.issuer}
          aria-labelledby={`issuer-${group.issuer}`}
          className="space-y-3"
        >
          <h2 id={`issuer-${group.issuer}`} className="text-lg font-semibold">
            {group.issuer}
          </h2>
          <ul className="space-y-3">
            {group.answers.map((answer) => (
              <li key={answer.target}>
                <Verdict
                  answer={answer}
                  points={data.points[answer.target]}
                  context={{
                    names,
                    profileHref: PROFILE_HREF,
                    renderAdd: (piece) => (
                      <AddMilestoneButton
                        {...piece}
                        added={addedSlugs.has(piece.requirementSlug)}
                      />
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
