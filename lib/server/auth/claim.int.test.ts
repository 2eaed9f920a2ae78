import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, sqlClient } from "@/db";
import { claimAccount } from "./claim";

afterAll(closeDb);

async function userWithShareLink(verified: boolean): Promise<{ userId: string; linkId: string }> {
  const sql = sqlClient();
  const [user] = await sql<{ id: string }[]>`
    insert into users (id, email, name, password_hash, email_verified)
    values (${randomUUID()}, ${`claim-${randomUUID()}@example.test`}, 'Squatter or owner',
            'not-a-real-hash', case when ${verified} then now() end)
    returning id`;
  const [link] = await sql<{ id: string }[]>`
    insert into share_links (user_id, token_hash, label, scope, expires_at)
    values (${user!.id}, ${`claim-link-${randomUUID()}`}, 'Mentor',
            ${JSON.stringify({ plans: "all", upkeep: true, notes: false, evidence: false, certificates: false })}::jsonb,
            now() + interval '30 days')
    returning id`;
  return { userId: user!.id, linkId: link!.id };
}

async function revokedAt(linkId: string): Promise<Date | null> {
  const [row] = await sqlClient()<{ revoked_at: Date | null }[]>`
    select revoked_at from share_links where id = ${linkId}`;
  return row!.revoked_at;
}

describe("claiming an unverified account", () => {
  it("revokes the share links whoever registered it made", async () => {
    const { userId, linkId } = await userWithShareLink(false);
    expect(await claimAccount(userId)).toBe(true);
    expect(await revokedAt(linkId)).not.toBeNull();
  });

  it("leaves a verified account's links alone (there is nothing to claim)", async () => {
    const { userId, linkId } = await userWithShareLink(true);
    expect(await claimAccount(userId)).toBe(false);
    expect(await revokedAt(linkId)).toBeNull();
  });
});
