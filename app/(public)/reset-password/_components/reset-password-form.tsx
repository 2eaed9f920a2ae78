"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { MembershipsReview } from "@/components/sharing/memberships-review";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import type { MembershipForReview } from "@/lib/sharing/scope";
import { resetPassword } from "../actions";

export function ResetPasswordForm({
  token,
  linked,
}: {
  token: string;
  linked: readonly { provider: string; name: string }[];
}) {
  const [state, action] = useActionState(
    resetPassword,
    undefined as ActionResult<{ memberships: MembershipForReview[] }> | undefined,
  );
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage message={state.message} tone="success" />
        <p className="text-sm text-muted">Every share link you made has been revoked.</p>
        <MembershipsReview
          memberships={state.data?.memberships ?? []}
          intro="These organizations still see what you chose to share with them. After signing in, open each to change what it sees or to leave."
        />
        <Link href="/sign-in" className="font-medium text-accent underline underline-offset-2">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state && !state.ok && !state.errors ? state.message : undefined} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. Every device signed in to your account will be signed out."
        errors={state && !state.ok ? state.errors?.password : undefined}
      />
      {linked.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Linked sign-in providers</legend>
          <p className="text-sm text-muted">
            These still sign in to your account after the reset. Unlink any you do not recognise.
          </p>
          {linked.map((item) => (
            <label key={item.provider} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="unlink" value={item.provider} />
              Also unlink {item.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
