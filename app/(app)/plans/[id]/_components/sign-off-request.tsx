"use client";

import { ActionForm } from "@/components/ui/action-form";
import { FieldShell, inputClasses } from "@/components/ui/field";
import { ActionButton } from "@/components/ui/action-button";
import { cancelSignOffRequestAction, requestSignOffAction } from "@/app/(app)/teams/actions";

export function SignOffRequest({
  planId,
  milestones,
  organizations,
}: {
  planId: string;
  milestones: readonly { key: string; title: string }[];
  organizations: readonly { id: string; name: string }[];
}) {
  return (
    <ActionForm
      action={requestSignOffAction}
      submitLabel="Ask for sign-off"
      pendingLabel="Asking…"
      variant="secondary"
    >
      {(errors) => (
        <>
          <input type="hidden" name="planId" value={planId} />
          <FieldShell
            id="sign-off-milestone"
            label="Milestone ready for sign-off"
            errors={errors.milestone}
          >
            {(describedBy, invalid) => (
              <select
                id="sign-off-milestone"
                name="milestone"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClasses}
              >
                {milestones.map((milestone) => (
                  <option key={milestone.key} value={milestone.key}>
                    {milestone.title}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <FieldShell id="sign-off-organization" label="Ask" errors={errors.organizationId}>
            {(describedBy, invalid) => (
              <select
                id="sign-off-organization"
                name="organizationId"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClasses}
              >
                {organizations.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    Educators and managers of {organization.name}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
        </>
      )}
    </ActionForm>
  );
}

/** The member takes back a request nobody has confirmed yet. */
export function CancelSignOffRequest({ signOffId, title }: { signOffId: string; title: string }) {
  return (
    <ActionButton
      action={cancelSignOffRequestAction}
      input={{ signOffId }}
      label="Cancel request"
      pendingLabel="Cancelling…"
      ariaLabel={`Cancel the sign-off request for ${title}`}
    />
  );
}
