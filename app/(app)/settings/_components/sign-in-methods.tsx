"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import {
  linkProviderAction,
  reauthenticateAction,
  requestReauthenticationLinkAction,
  unlinkProviderAction,
} from "../link-actions";

export interface LinkedProvider {
  provider: string;
  name: string;
  /** False when it is the account's last way to sign in. */
  unlinkable: boolean;
}

function UnlinkButton({ linked }: { linked: LinkedProvider }) {
  const [state, unlink] = useActionState(
    unlinkProviderAction,
    undefined as ActionResult | undefined,
  );
  return (
    <form action={unlink} className="space-y-1">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <input type="hidden" name="provider" value={linked.provider} />
      {state?.ok ? null : (
        <SubmitButton variant="secondary" pendingLabel="Unlinking…">
          Unlink {linked.name}
        </SubmitButton>
      )}
    </form>
  );
}

/** The providers linked to the account, each with its unlink button (never the last way in). */
export function LinkedProviderList({ linked }: { linked: readonly LinkedProvider[] }) {
  if (linked.length === 0) {
    return <p className="text-sm text-muted">No sign-in provider is linked to your account.</p>;
  }
  return (
    <ul className="space-y-3">
      {linked.map((item) => (
        <li key={item.provider} className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-medium">{item.name}</span>
          {item.unlinkable ? (
            <UnlinkButton linked={item} />
          ) : (
            <span className="text-sm text-muted">
              Your only way to sign in: set a password to unlink it.
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function LinkButton({ provider, name }: { provider: string; name: string }) {
  const [state, link] = useActionState(linkProviderAction, undefined as ActionResult | undefined);
  return (
    <form action={link} className="space-y-1">
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="provider" value={provider} />
      <SubmitButton variant="secondary" pendingLabel="Opening…">
        Link {name}
      </SubmitButton>
    </form>
  );
}

function Reauthenticate({ hasPassword }: { hasPassword: boolean }) {
  const [passwordState, confirm] = useActionState(
    reauthenticateAction,
    undefined as ActionResult | undefined,
  );
  const [linkState, requestLink] = useActionState(
    requestReauthenticationLinkAction,
    undefined as ActionResult | undefined,
  );
  if (!hasPassword) {
    return (
      <form action={requestLink} className="space-y-2">
        <p className="text-sm text-muted">
          To link a provider, confirm it&apos;s you with a link sent to your email address.
        </p>
        <FormMessage message={linkState?.message} tone={linkState?.ok ? "success" : "danger"} />
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Email me a confirmation link
        </SubmitButton>
      </form>
    );
  }
  return (
    <form action={confirm} className="space-y-3" noValidate>
      <p className="text-sm text-muted">To link a provider, confirm it&apos;s you first.</p>
      <FormMessage
        message={
          passwordState && !passwordState.ok && !passwordState.errors
            ? passwordState.message
            : undefined
        }
      />
      <TextField
        id="reauthPassword"
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        errors={passwordState && !passwordState.ok ? passwordState.errors?.password : undefined}
      />
      <SubmitButton variant="secondary" pendingLabel="Checking…">
        Confirm it&apos;s you
      </SubmitButton>
    </form>
  );
}

/**
 * Settings' sign-in methods: what is linked (each can be unlinked, never the last way in) and,
 * from a session that re-authenticated within the last 10 minutes, buttons that link more.
 */
export function SignInMethods({
  linked,
  linkable,
  hasPassword,
  reauthenticated,
  notice,
}: {
  linked: readonly LinkedProvider[];
  linkable: readonly { provider: string; name: string }[];
  hasPassword: boolean;
  reauthenticated: boolean;
  notice?: { tone: "success" | "danger"; message: string };
}) {
  return (
    <section id="sign-in-methods" aria-labelledby="sign-in-methods-heading" className="space-y-4">
      <h2 id="sign-in-methods-heading" className="text-lg font-semibold">
        Sign-in methods
      </h2>
      {notice ? <FormMessage message={notice.message} tone={notice.tone} /> : null}
      <LinkedProviderList linked={linked} />
      {linkable.length > 0 ? (
        reauthenticated ? (
          <div className="flex flex-wrap gap-3">
            {linkable.map((item) => (
              <LinkButton key={item.provider} provider={item.provider} name={item.name} />
            ))}
          </div>
        ) : (
          <Reauthenticate hasPassword={hasPassword} />
        )
      ) : null}
    </section>
  );
}
