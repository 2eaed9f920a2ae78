import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getPath } from "@/lib/catalog";
import { hasCalendarFeed } from "@/db/queries/calendar";
import { listPlansByUserId } from "@/db/queries/plans";
import { requireUser } from "@/lib/server/auth/current-user";
import { appUrl } from "@/lib/env";
import { HeldCredentialsEditor } from "@/components/upkeep/held-credentials-editor";
import { loadHeldEditor } from "@/lib/server/loaders/held-editor";
import { listMembershipsForReview } from "@/lib/server/sharing/recovery";
import { addHeldAction, deleteHeldAction, updateHeldAction } from "./held-actions";
import { CalendarSettings } from "./_components/calendar-settings";
import { PlanSettings } from "./_components/plan-settings";
import { ProfileForm } from "./_components/profile-form";
import { SecuritySection } from "./_components/security-section";
import { SignInMethods } from "./_components/sign-in-methods";
import { OAUTH_PROVIDER_NAMES as PROVIDER_NAMES } from "@/lib/auth/oauth-linking";
import { loadSignInMethods } from "@/lib/server/loaders/sign-in-methods";
import { YourDataSection } from "./_components/your-data-section";
import { EligibilityProfileSection } from "@/app/(app)/_components/eligibility-profile-section";

export const metadata: Metadata = { title: "Settings" };

const LINK_NOTICES: Record<string, { tone: "success" | "danger"; message: string }> = {
  refused: {
    tone: "danger",
    message:
      "Nothing was linked: link a provider from here, within 10 minutes of confirming it's you.",
  },
  taken: { tone: "danger", message: "That account is already linked to another user." },
};

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, sessionId } = await requireUser();
  const params = await searchParams;
  const [plans, calendarOn, editor, signInMethods, memberships] = await Promise.all([
    listPlansByUserId(user.id),
    hasCalendarFeed(user.id),
    loadHeldEditor(user),
    loadSignInMethods(user, sessionId),
    listMembershipsForReview(user.id),
  ]);
  const changedNotice = (["linked", "unlinked"] as const)
    .map((change) => {
      const provider = params[change];
      return typeof provider === "string" && provider in PROVIDER_NAMES
        ? {
            tone: "success" as const,
            message: `${PROVIDER_NAMES[provider as keyof typeof PROVIDER_NAMES]} ${change}.`,
          }
        : undefined;
    })
    .find(Boolean);
  const notice =
    changedNotice ?? (typeof params.link === "string" ? LINK_NOTICES[params.link] : undefined);
  const timeZones = Intl.supportedValuesOf("timeZone");

  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>

      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm name={user.name ?? ""} timeZone={user.timeZone ?? ""} timeZones={timeZones} />
      </section>

      <section id="held" aria-labelledby="held-heading" className="space-y-3">
        <h2 id="held-heading" className="text-lg font-semibold">
          Credentials you hold
        </h2>
        <p className="text-muted">
          Your credentials, exams and degrees, with their dates: they count in every path, and your
          renewal cycles are counted from them. A credential that lapsed and was earned again keeps
          both entries. Years of experience are in{" "}
          <Link href="/onboarding" className="font-medium text-accent underline underline-offset-2">
            onboarding
          </Link>
          .
        </p>
        <HeldCredentialsEditor
          spells={editor.spells}
          derived={editor.derived}
          groups={editor.groups}
          locale={editor.locale}
          addAction={addHeldAction}
          updateAction={updateHeldAction}
          removeAction={deleteHeldAction}
        />
      </section>

      <EligibilityProfileSection user={user} />

      <section aria-labelledby="calendar-heading" className="space-y-3">
        <h2 id="calendar-heading" className="text-lg font-semibold">
          Calendar feed
        </h2>
        <p className="text-muted">
          Subscribe in Google, Apple or Outlook Calendar to see your exam dates, target dates,
          five-year-rule deadlines, renewal cycle ends and fee due dates. The link is private:
          anyone who has it can see those dates.
        </p>
        <CalendarSettings enabled={calendarOn} baseUrl={appUrl} />
      </section>

      <SignInMethods
        linked={signInMethods.linked}
        linkable={signInMethods.linkable}
        hasPassword={Boolean(user.passwordHash)}
        reauthenticated={signInMethods.reauthenticated}
        notice={notice}
      />

      <SecuritySection
        hasPassword={Boolean(user.passwordHash)}
        email={user.email}
        linked={signInMethods.linked}
        memberships={memberships}
      />

      <YourDataSection hasPassword={Boolean(user.passwordHash)} email={user.email} />

      <section aria-labelledby="plans-heading" className="space-y-3">
        <h2 id="plans-heading" className="text-lg font-semibold">
          Your paths
        </h2>
        {plans.length === 0 ? (
          <p className="text-muted">
            You aren&apos;t following a path yet.{" "}
            <Link href="/paths" className="font-medium text-accent underline underline-offset-2">
              Explore paths
            </Link>
          </p>
        ) : (
          <PlanSettings
            plans={plans.map((plan) => ({
              id: plan.id,
              title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
              isPrimary: plan.isPrimary,
            }))}
          />
        )}
      </section>
    </div>
  );
}
