import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { emailEnabled, env } from "@/lib/env";

/** A mail ready to go: both parts rendered (lib/server/mail/render.tsx). */
export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

let transporter: Transporter | undefined;

/**
 * Hands a rendered mail to SMTP_URL when configured. In development without SMTP the message
 * (and so any link in it) is printed to the server log instead, so every flow works with no mail
 * server. Called only by the mail job (lib/server/mail/job.ts) and the reminder sender: requests
 * never wait on SMTP.
 */
export async function deliverMail(mail: RenderedMail): Promise<void> {
  if (emailEnabled && env.SMTP_URL && env.EMAIL_FROM) {
    transporter ??= createTransport(env.SMTP_URL);
    await transporter.sendMail({ from: env.EMAIL_FROM, ...mail });
    return;
  }
  if (env.NODE_ENV !== "production") {
    console.log(`\n[mail] To: ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}\n`);
    return;
  }
  console.warn(`[mail] not sent (SMTP_URL/EMAIL_FROM unset): "${mail.subject}"`);
}
