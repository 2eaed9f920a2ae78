import { EligibilityProfileForm } from "@/components/eligibility/profile-form";
import { catalog } from "@/lib/catalog";
import { toFormValues } from "@/lib/eligibility/profile-form";
import {
  DEGREE_FIELDS,
  DEGREE_LEVELS,
  PROGRAM_AREAS,
  PROGRAM_AWARDS,
} from "@/lib/eligibility/stored-profile";
import type { User } from "@/db/schema";
import { todayFor } from "@/lib/server/clock";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import { saveEligibilityProfileAction } from "@/app/(app)/eligibility/actions";

const words = (value: string) =>
  (value.charAt(0).toUpperCase() + value.slice(1)).replace(/-/g, " ").replace("obgyn", "OB/GYN");

const AREA_LABELS: Record<string, string> = {
  abdominal: "Abdomen (AB)",
  obgyn: "OB/GYN",
  "adult-cardiac": "Adult cardiac (AE)",
  "pediatric-cardiac": "Pediatric cardiac (PE)",
  vascular: "Vascular (VT)",
  breast: "Breast (BR)",
  musculoskeletal: "Musculoskeletal (MSK)",
  "advanced-cardiac": "Advanced cardiac",
};

/**
 * "What you know about yourself" for the eligibility verdicts: the profile form, loaded for the
 * signed-in user. One line on the onboarding and settings pages.
 */
export async function EligibilityProfileSection({ user }: { user: User }) {
  const data = await loadUserRecords(user.id, todayFor(user));
  return (
    <section aria-labelledby="eligibility-profile-heading" className="space-y-3" id="profile">
      <h2 id="eligibility-profile-heading" className="text-lg font-semibold">
        Your education and experience
      </h2>
      <p className="text-muted">
        Used to answer &ldquo;can I sit this exam?&rdquo; on{" "}
        <a href="/eligibility" className="font-medium text-accent underline underline-offset-2">
          Eligibility
        </a>{" "}
        and in your plans.
      </p>
      <EligibilityProfileForm
        action={saveEligibilityProfileAction}
        initial={toFormValues(data.stored, data.profileVersion)}
        splitPending={Boolean(data.stored.splitLegacyExperience)}
        hoursPerFullTimeYear={catalog.eligibility?.fullTimeYear.paidHours ?? 1680}
        choices={{
          programAreas: PROGRAM_AREAS.map((a) => ({ value: a, label: AREA_LABELS[a] ?? words(a) })),
          awards: PROGRAM_AWARDS.map((a) => ({ value: a, label: words(a) })),
          degrees: DEGREE_LEVELS.map((d) => ({
            value: d,
            label: d === "none" ? "No degree" : words(d),
          })),
          degreeFields: DEGREE_FIELDS.map((f) => ({ value: f, label: words(f) })),
          outsideCredentials: (catalog.eligibility?.outsideCredentials ?? []).map((c) => ({
            value: c.slug,
            label: c.name,
          })),
        }}
      />
    </section>
  );
}
