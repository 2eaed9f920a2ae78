import "server-only";
import { passwordResetMail } from "@/lib/server/auth/account-security";
import type { MailMessage } from "./messages";
import { renderMail } from "./render";
import { unseal } from "./seal";
import { deliverMail } from "./transport";

/**
 * The mail queue's job: unseal, render (HTML and text from the component), send. A failure
 * throws, so pg-boss retries it with backoff (queueOptions in lib/server/jobs/boss.ts).
 */
export async function sendQueuedMail(data: Record<string, unknown>): Promise<void> {
  if (typeof data.sealed !== "string") return;
  const queued = unseal(data.sealed) as MailMessage;
  const message =
    queued.template === "password-reset-request" ? await passwordResetMail(queued.to) : queued;
  if (message) await deliverMail(await renderMail(message));
}
