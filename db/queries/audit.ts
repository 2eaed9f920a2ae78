import "server-only";
import { createHmac } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { authSecret } from "@/lib/env";

export type AuditEvent =
  | "sign_in"
  | "sign_in_failure"
  | "sign_in_throttled"
  | "sign_out"
  | "sign_out_everywhere"
  | "password_change"
  | "password_check_failure"
  | "password_check_throttled"
  | "password_reset_request"
  | "password_reset"
  | "email_change_request"
  | "email_change"
  | "email_change_revert"
  | "export"
  | "import"
  | "account_deletion"
  | "email_verified"
  | "reauthentication"
  | "reauthentication_failure"
  | "provider_link_request"
  | "provider_unlink"
  | "magic_link_throttled"
  | "share_link_create"
  | "share_link_revoke"
  | "share_link_use"
  | "share_links_revoke_all"
  | "organization_create"
  | "organization_delete"
  | "organization_join"
  | "organization_leave"
  | "organization_remove_member"
  | "organization_role_change"
  | "organization_invite"
  | "sign_off_request"
  | "sign_off_confirm"
  | "sign_off_withdraw";

/** One-way and keyed: correlates a person's events without storing who they are. */
export function pseudonym(value: string): string {
  return createHmac("sha256", authSecret()).update(`audit:${value}`).digest("hex").slice(0, 32);
}

/**
 * Records a security event. Never pass a password, token or cookie: only the event's name, the
 * user (or, for an unknown account, the attempted email, stored only as a pseudonym) and the
 * client address (also pseudonymised).
 */
export async function recordAuditEvent(input: {
  event: AuditEvent;
  userId?: string | null;
  email?: string;
  address?: string | null;
}): Promise<void> {
  const subject = pseudonym(input.userId ?? `email:${input.email ?? "unknown"}`);
  await getDb()
    .insert(auditEvents)
    .values({
      userId: input.userId ?? null,
      subject,
      event: input.event,
      addressHash: input.address ? pseudonym(`address:${input.address}`) : null,
    });
}

/** On account deletion: the rows stay for security review, with only the pseudonym. */
export async function listAuditEventsByUserId(userId: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.userId, userId))
    .orderBy(desc(auditEvents.createdAt))
    .limit(100);
}
