import "server-only";
import { enqueue } from "@/lib/server/jobs/boss";
import { QUEUES } from "@/lib/server/jobs/queues";
import type { MailMessage } from "./messages";
import { seal } from "./seal";

export type { MailMessage } from "./messages";

/**
 * Every mail leaves through the job queue: the request that asks for one only adds a job (one
 * insert), so no answer waits on SMTP, and a send that fails is retried with backoff. The job
 * (lib/server/mail/job.ts) renders both parts from the template's component and sends it. The
 * message is sealed: it holds a live link.
 */
export async function queueMail(message: MailMessage): Promise<void> {
  await enqueue(QUEUES.mailSend, { sealed: seal(message), template: message.template });
}
