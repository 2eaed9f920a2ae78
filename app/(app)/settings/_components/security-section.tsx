"use client";

import { useActionState, useEffect, useRef } from "react";
import { MembershipsReview } from "@/components/sharing/memberships-review";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import type { MembershipForReview } from "@/lib/sharing/scope";
import {
  changePasswordAction,
  requestEmailChangeAction,
  signOutEverywhereAction,
} from "../security-actions";
import { LinkedProviderList, type LinkedProvider } from "./sign-in-methods";

export function SecuritySection({
  hasPassword,
  email,
  linked,
  memberships,
}: {
  hasPassword: boolean;
  email: string;
  linked: readonly LinkedProvider[];
  memberships: readonly MembershipForReview[];
}) {
  const [passwordState, changePassword] = useActionState(
    changePasswordAction,
    undefined as ActionResult | undefined,
  );
  const [emailState, requestEmail] = useActionState(
    requestEmailChangeAction,
    undefined as ActionResult | undefined,
  );
  const [, signOutEverywhere] = useActionState(
    signOutEverywhereAction,
    undefined as ActionResult | undefined,
  );
  const passwordForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (passwordState?.ok) passwordForm.current?.reset();
  }, [passwordState]);
  const passwordErrors = passwordState && !passwordState.ok ? passwordState.errors : undefined;
  const emailErrors = emailState && !emailState.ok ? emailState.errors : undefined;

  return (
    <section aria-labelledby="security-heading" className="space-y-6">
      <h2 id="security-heading" className="text-lg font-semibold">
        Sign-in and security
      </h2>

      <form ref={passwordForm} action={changePassword} className="space-y-4" noValidate>
        <h3 className="font-medium">{hasPassword ? "Change password" : "Set a password"}</h3>
        <FormMessage
          message={passwordState?.message}
          tone={passwordState?.ok ? "success" : "danger"}
        />
        {hasPassword ? (
          <TextField
            id="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            errors={passwordErrors?.currentPassword}
          />
        ) : null}
        {hasPassword ? (
          <TextField
            id="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters. Your other devices will be signed out."
            errors={passwordErrors?.newPassword}
          />
        ) : (
          <p className="text-sm text-muted">
            We&apos;ll email a link to {email}: you choose your password there.
          </p>
        )}
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          {hasPassword ? "Change password" : "Email me a link"}
        </SubmitButton>
      </form>

      <form action={requestEmail} className="space-y-4" noValidate>
        <h3 className="font-medium">Change email</h3>
        <p className="text-sm text-muted">
          Currently {email}. The change takes effect once you confirm the new address.
        </p>
        <FormMessage message={emailState?.message} tone={emailState?.ok ? "success" : "danger"} />
        <TextField
          id="newEmail"
          label="New email address"
          type="email"
          autoComplete="email"
          errors={emailErrors?.newEmail}
        />
        {hasPassword ? (
          <TextField
            id="password"
            label="Current password"
            type="password"
            autoComplete="current-password"
            errors={emailErrors?.password}
          />
        ) : (
          <p className="text-sm text-muted">
            Your account has no password: we&apos;ll first send a link to {email} to check it&apos;s
            you.
          </p>
        )}
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send confirmation link
        </SubmitButton>
      </form>

      <section aria-label="Your devices" className="space-y-3">
        <form action={signOutEverywhere} className="space-y-2">
          <h3 className="font-medium">Devices</h3>
          <p className="text-sm text-muted">
            Lost a phone or used a shared computer? End every session, including this one. Every
            share link you made is revoked too.
          </p>
          <MembershipsReview
            memberships={memberships}
            intro="Organizations keep seeing what you share with them until you change it. Review each:"
          />
          <SubmitButton variant="secondary" pendingLabel="Signing out…">
            Sign out everywhere
          </SubmitButton>
        </form>
        {linked.length > 0 ? (
          <div className="space-y-2">
            <p className="text-sm text-muted">
              A linked provider still signs in after you sign out everywhere: unlink any you do not
              recognise.
            </p>
            <LinkedProviderList linked={linked} />
          </div>
        ) : null}
      </section>
    </section>
  );
}
