import "server-only";
import { listJobDataByQueue } from "@/db/queries/jobs";
import { QUEUES } from "@/lib/server/jobs/queues";
import type { MailMessage } from "./messages";
import { unseal } from "./seal";

/** Tests only: the mails queued since an instant, unsealed, oldest first. */
export async function queuedMailsSince(since: Date, to?: string): Promise<MailMessage[]> {
  const rows = await listJobDataByQueue({ queue: QUEUES.mailSend, since });
  return rows
    .map((row) => (typeof row.sealed === "string" ? (unseal(row.sealed) as MailMessage) : null))
    .filter((mail): mail is MailMessage => mail !== null && (!to || mail.to === to));
}
