import type { Metadata } from "next";
import { HeldCredentialsEditor } from "@/components/upkeep/held-credentials-editor";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadHeldEditor } from "@/lib/server/loaders/held-editor";
import { addHeldAction, deleteHeldAction, updateHeldAction } from "../settings/held-actions";
import { OnboardingForm } from "./_components/onboarding-form";
import { EligibilityProfileSection } from "@/app/(app)/_components/eligibility-profile-section";

export const metadata: Metadata = { title: "What you already hold" };

export default async function OnboardingPage() {
  const { user } = await requireUser();
  const editor = await loadHeldEditor(user);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          Get credit for what you already hold
        </h1>
        <p className="mt-1 text-muted">
          Add the exams, credentials and degrees you have, with the date you earned each. They count
          as done in every path you follow, and your renewal cycles start from them. You can change
          this any time in Settings.
        </p>
      </div>
      <section aria-labelledby="held-heading" className="space-y-3">
        <h2 id="held-heading" className="text-lg font-semibold">
          Credentials you hold
        </h2>
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
      <OnboardingForm />
    </div>
  );
}
