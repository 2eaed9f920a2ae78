"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf, type ActionResult } from "@/lib/action-result";
import { signUp } from "../actions";

export function SignUpForm() {
  const [state, action] = useActionState(signUp, undefined as ActionResult | undefined);
  const failed = failureOf(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={failed?.message} />
      <TextField
        id="name"
        label="Name (optional)"
        autoComplete="name"
        maxLength={100}
        defaultValue={failed?.values?.name}
        errors={failed?.errors?.name}
      />
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
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={256}
        hint="At least 8 characters. A passphrase of a few words is easy to remember."
        errors={failed?.errors?.password}
      />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-accent underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </form>
  );
}
