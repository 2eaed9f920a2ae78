"use client";

import { useSearchParams } from "next/navigation";
import { useActionState, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { deleteAccountAction, requestAccountDeletionLinkAction } from "../data-actions";
import { ImportData } from "./import-data";

/** Export and account deletion. */
export function YourDataSection({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const [open, setOpen] = useState(false);
  const invalidLink = useSearchParams().get("deletion") === "invalid";
  return (
    <section id="your-data" aria-labelledby="your-data-heading" className="space-y-4">
      <h2 id="your-data-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <div className="space-y-3">
        <p className="text-muted">
          Download a copy of everything you have saved here: profile, paths, progress, custom
          milestones, credentials held, exam attempts, CE activities and your renewal cycles,
          history, devices and security events. The ZIP adds your CE log as CSV and every
          certificate file.
        </p>
        <div className="flex flex-wrap gap-2">
          {/* Plain links, not next/link: these are file downloads and must never be prefetched. */}
          <a href="/api/export" download className={buttonClasses("secondary", "sm")}>
            Download everything (JSON)
          </a>
          <a href="/api/export/csv" download className={buttonClasses("secondary", "sm")}>
            Download milestones (CSV)
          </a>
          <a href="/api/export/zip" download className={buttonClasses("secondary", "sm")}>
            Download everything with certificates (ZIP)
          </a>
        </div>
      </div>

      <ImportData />

      <div className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <h3 className="font-semibold">Delete your account</h3>
        <p className="text-sm text-muted">
          Deleting removes your account, plans, progress and history at once, and signs you out. It
          can&apos;t be undone: download your data first if you want to keep it. The security log
          keeps a record that an account was deleted, without your name or email.
        </p>
        {invalidLink ? (
          <FormMessage message="That confirmation link is invalid, expired or already used. Nothing was deleted; ask for a new one." />
        ) : null}
        <Dialog
          open={open}
          onOpenChange={setOpen}
          title="Delete your account?"
          description="Your plans, progress, custom milestones, history and calendar link are deleted for good, and you are signed out everywhere."
          trigger={
            <Button type="button" variant="danger">
              Delete account
            </Button>
          }
        >
          {hasPassword ? <DeleteWithPassword /> : <DeleteWithEmailLink email={email} />}
        </Dialog>
      </div>
    </section>
  );
}

function DeleteWithPassword() {
  const [state, action] = useActionState(
    deleteAccountAction,
    undefined as ActionResult | undefined,
  );
  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state && !state.ok && !errors?.password ? state.message : undefined} />
      <TextField
        id="delete-account-password"
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={256}
        errors={errors?.password}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="secondary">
            Keep my account
          </Button>
        </DialogClose>
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Delete my account
        </SubmitButton>
      </div>
    </form>
  );
}

function DeleteWithEmailLink({ email }: { email: string }) {
  const [state, action] = useActionState(
    requestAccountDeletionLinkAction,
    undefined as ActionResult | undefined,
  );
  return (
    <form action={action} className="space-y-4">
      <p className="text-sm">
        Your account has no password, so we confirm by email: we&apos;ll send a link to{" "}
        <strong className="break-all">{email}</strong>. Open it in this browser, while signed in,
        within 30 minutes. It works once.
      </p>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="secondary">
            Keep my account
          </Button>
        </DialogClose>
        <SubmitButton variant="danger" pendingLabel="Sending…">
          Email me a confirmation link
        </SubmitButton>
      </div>
    </form>
  );
}
