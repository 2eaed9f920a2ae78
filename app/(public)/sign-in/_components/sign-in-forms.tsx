"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf, type ActionResult } from "@/lib/action-result";
import { buttonClasses } from "@/components/ui/button";
import { signInWithEmailLink, signInWithPassword, signInWithProvider } from "../actions";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInWithPassword, undefined as ActionResult | undefined);
  const failed = failureOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage message={failed?.message} />
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={failed?.errors?.email}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={failed?.errors?.password}
      />
      <SubmitButton className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm">
        <Link
          href="/forgot-password"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-2"
        >
          Forgot your password?
        </Link>
      </p>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-accent underline underline-offset-2">
          Create an account
        </Link>
      </p>
    </form>
  );
}

export function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(
    signInWithEmailLink,
    undefined as ActionResult | undefined,
  );
  const failed = failureOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage message={failed?.message} />
      <TextField
        id="link-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={failed?.errors?.email}
      />
      <SubmitButton variant="secondary" className="w-full" pendingLabel="Sending…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}

export function ProviderButton({
  provider,
  label,
  callbackUrl,
}: {
  provider: string;
  label: string;
  callbackUrl?: string;
}) {
  const [state, action] = useActionState(signInWithProvider, undefined as ActionResult | undefined);
  return (
    <form action={action} className="space-y-2">
      <FormMessage message={failureOf(state)?.message} />
      <input type="hidden" name="provider" value={provider} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <button type="submit" className={buttonClasses("secondary", "md", "w-full")}>
        Continue with {label}
      </button>
    </form>
  );
}
