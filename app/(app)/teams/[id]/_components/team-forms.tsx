"use client";

import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { FieldShell, TextField, inputClasses } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { ShareFields } from "@/components/sharing/share-fields";
import type { ShareScope } from "@/lib/sharing/scope";
import { ROLE_LABELS, type OrganizationRole } from "@/lib/sharing/roles";
import {
  cancelInvitationAction,
  changeRoleAction,
  confirmSignOffAction,
  deleteOrganizationAction,
  inviteMemberAction,
  leaveOrganizationAction,
  removeMemberAction,
  updateSharingAction,
  withdrawSignOffAction,
} from "../../actions";

export function InviteForm({
  organizationId,
  roles,
}: {
  organizationId: string;
  roles: readonly OrganizationRole[];
}) {
  return (
    <ActionForm action={inviteMemberAction} submitLabel="Send invitation" pendingLabel="Sending…">
      {(errors, values) => (
        <>
          <input type="hidden" name="organizationId" value={organizationId} />
          <TextField
            id="email"
            label="Email address"
            type="email"
            autoComplete="off"
            defaultValue={values.email}
            errors={errors.email}
            hint="A single-use link, valid 7 days, that only the account with this verified email can accept."
          />
          <FieldShell id="invite-role" label="Role" errors={errors.role}>
            {(describedBy, invalid) => (
              <select
                id="invite-role"
                name="role"
                defaultValue="member"
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClasses}
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
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

export function CancelInvitationButton({
  organizationId,
  invitationId,
  email,
}: {
  organizationId: string;
  invitationId: string;
  email: string;
}) {
  return (
    <ActionButton
      action={cancelInvitationAction}
      input={{ organizationId, invitationId }}
      label="Cancel"
      pendingLabel="Cancelling…"
      ariaLabel={`Cancel the invitation to ${email}`}
    />
  );
}

export function SharingForm({
  organizationId,
  plans,
  scope,
}: {
  organizationId: string;
  plans: readonly { id: string; title: string }[];
  scope: ShareScope;
}) {
  return (
    <ActionForm action={updateSharingAction} submitLabel="Save sharing" variant="secondary">
      {(errors) => (
        <>
          <input type="hidden" name="organizationId" value={organizationId} />
          <ShareFields idPrefix="team-share" plans={plans} scope={scope} errors={errors} />
        </>
      )}
    </ActionForm>
  );
}

export function LeaveButton({ organizationId, name }: { organizationId: string; name: string }) {
  const { run, pending } = useActionRunner();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() => {
        if (window.confirm(`Leave ${name}? It stops seeing anything of yours at once.`))
          run(leaveOrganizationAction, { organizationId });
      }}
    >
      {pending ? "Leaving…" : `Leave ${name}`}
    </Button>
  );
}

export function DeleteOrganizationButton({
  organizationId,
  name,
}: {
  organizationId: string;
  name: string;
}) {
  const { run, pending } = useActionRunner();
  return (
    <Button
      type="button"
      variant="danger"
      disabled={pending}
      onClick={() => {
        if (window.confirm(`Delete ${name}? Memberships end; members' own plans stay.`))
          run(deleteOrganizationAction, { organizationId, confirm: "delete" });
      }}
    >
      {pending ? "Deleting…" : "Delete organization"}
    </Button>
  );
}

export function MemberControls({
  organizationId,
  userId,
  name,
  role,
  roles,
  canRemove,
}: {
  organizationId: string;
  userId: string;
  name: string;
  role: OrganizationRole;
  roles: readonly OrganizationRole[];
  canRemove: boolean;
}) {
  const { run, pending } = useActionRunner();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {roles.length ? (
        <label className="flex items-center gap-2 text-sm">
          <span className="sr-only">Role of {name}</span>
          <select
            defaultValue={role}
            disabled={pending}
            className={`${inputClasses} w-auto`}
            onChange={(event) =>
              run(changeRoleAction, { organizationId, userId, role: event.target.value })
            }
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {canRemove ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={pending}
          aria-label={`Remove ${name}`}
          onClick={() => {
            if (window.confirm(`Remove ${name}? The organization stops seeing their data.`))
              run(removeMemberAction, { organizationId, userId });
          }}
        >
          Remove
        </Button>
      ) : null}
    </div>
  );
}

export function ConfirmSignOffForm({
  organizationId,
  signOffId,
  title,
  memberName,
}: {
  organizationId: string;
  signOffId: string;
  title: string;
  memberName: string;
}) {
  return (
    <ActionForm
      action={confirmSignOffAction}
      submitLabel={`Sign off: ${title}`}
      pendingLabel="Signing off…"
      variant="secondary"
      className="space-y-2"
    >
      {(errors) => (
        <>
          <input type="hidden" name="organizationId" value={organizationId} />
          <input type="hidden" name="signOffId" value={signOffId} />
          <TextField
            id={`comment-${signOffId}`}
            name="comment"
            label={`Comment for ${memberName} (optional)`}
            errors={errors.comment}
            maxLength={1000}
          />
        </>
      )}
    </ActionForm>
  );
}

/** The author withdraws a confirmation, with a reason that goes into the milestone's history. */
export function WithdrawSignOffForm({ signOffId, title }: { signOffId: string; title: string }) {
  return (
    <ActionForm
      action={withdrawSignOffAction}
      submitLabel={`Withdraw sign-off: ${title}`}
      pendingLabel="Withdrawing…"
      variant="secondary"
      className="space-y-2"
    >
      {(errors, values) => (
        <>
          <input type="hidden" name="signOffId" value={signOffId} />
          <TextField
            id={`reason-${signOffId}`}
            name="reason"
            label="Reason (recorded in the member's history)"
            defaultValue={values.reason}
            errors={errors.reason}
            maxLength={500}
          />
        </>
      )}
    </ActionForm>
  );
}
