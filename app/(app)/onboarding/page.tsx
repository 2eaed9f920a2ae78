import type { Metadata } from "next";
import { listHeldByUserId } from "@/db/queries/progress";
import { requireUser } from "@/lib/server/auth/current-user";
import { fullName } from "@/lib/catalog/names";
import { holdableRequirementGroups } from "@/lib/onboarding";
import { OnboardingForm } from "./_components/onboarding-form";
import { EligibilityProfileSection } from "@/app/(app)/_components/eligibility-profile-section";

export const metadata: Metadata = { title: "What you already hold" };

export default async function OnboardingPage() {
  const { user } = await requireUser();
  const held = await listHeldByUserId(user.id);
  const groups = holdableRequirementGroups().map((group) => ({
    issuer: group.issuer,
    items: group.requirements.map((requirement) => ({
      slug: requirement.slug,
      label: fullName(requirement),
      kind: requirement.kind,
    })),
  }));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          Get credit for what you already hold
        </h1>
        <p className="mt-1 text-muted">
          Tick the exams, credentials and degrees you have, with the date if you know it. They count
          as done in every path you follow. You can change this any time in Settings.
        </p>
      </div>
      <OnboardingForm
        groups={groups}
        initial={{
          held: Object.fromEntries(held.map((row) => [row.requirementSlug, row.earnedOn ?? ""])),
        }}
      />
      <EligibilityProfileSection user={user} />
    </div>
  );
}
