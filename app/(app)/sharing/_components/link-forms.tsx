"use client";

import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { ShareFields } from "@/components/sharing/share-fields";
import { createShareLinkAction, revokeShareLinkAction } from "../actions";

export function CreateLinkForm({ plans }: { plans: readonly { id: string; title: string }[] }) {
  return (
    <ActionForm
      action={createShareLinkAction}
      submitLabel="Create link"
      pendingLabel="Creating…"
      after={(data) => {
        const url = (data as { url?: string } | undefined)?.url;
        return url ? (
          <div className="space-y-1">
            <label htmlFor="new-link" className="block text-sm font-medium">
              Your new link (shown once)
            </label>
            <input
              id="new-link"
              readOnly
              value={url}
              data-testid="new-share-link"
              className="block w-full min-h-11 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm"
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        ) : null;
      }}
    >
      {(errors, values) => (
        <>
          <TextField
            id="label"
            label="For whom"
            hint="A label for you: anyone who holds the link sees the view."
            defaultValue={values.label}
            errors={errors.label}
            maxLength={100}
          />
          <TextField
            id="expiresInDays"
            label="Expires after (days)"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            defaultValue={values.expiresInDays ?? "30"}
            errors={errors.expiresInDays}
          />
          <ShareFields idPrefix="link" plans={plans} errors={errors} allowNone />
        </>
      )}
    </ActionForm>
  );
}

export function RevokeLinkButton({ linkId, label }: { linkId: string; label: string }) {
  return (
    <ActionButton
      action={revokeShareLinkAction}
      input={{ linkId }}
      label="Revoke"
      pendingLabel="Revoking…"
      ariaLabel={`Revoke the link for ${label}`}
    />
  );
}
