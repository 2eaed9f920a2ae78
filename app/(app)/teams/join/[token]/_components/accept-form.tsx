"use client";

import { ActionForm } from "@/components/ui/action-form";
import { ShareFields } from "@/components/sharing/share-fields";
import { acceptInvitationAction } from "../../../actions";

export function AcceptForm({
  token,
  plans,
}: {
  token: string;
  plans: readonly { id: string; title: string }[];
}) {
  return (
    <ActionForm
      action={acceptInvitationAction}
      submitLabel="Accept and join"
      pendingLabel="Joining…"
    >
      {(errors) => (
        <>
          <input type="hidden" name="token" value={token} />
          <ShareFields idPrefix="accept" plans={plans} errors={errors} />
        </>
      )}
    </ActionForm>
  );
}
