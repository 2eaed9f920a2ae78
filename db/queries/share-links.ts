import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { shareLinks, users } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { readScope, type ShareScope } from "@/lib/sharing/scope";

/** Read-only share links: created, listed and revoked by their owner; opened by token hash. */

export async function createShareLink(input: {
  userId: string;
  tokenHash: string;
  label: string;
  scope: ShareScope;
  expiresAt: Date;
}) {
  const [row] = await getDb().insert(shareLinks).values(input).returning({ id: shareLinks.id });
  return row!;
}

/** The owner's live links (not revoked, not expired), newest first. */
export async function listLiveShareLinks(input: { userId: string; now: Date }) {
  const rows = await getDb()
    .select()
    .from(shareLinks)
    .where(
      and(
        eq(shareLinks.userId, input.userId),
        isNull(shareLinks.revokedAt),
        gt(shareLinks.expiresAt, input.now),
      ),
    )
    .orderBy(desc(shareLinks.createdAt));
  return rows.map((row) => ({ ...row, scope: readScope(row.scope) }));
}

export async function revokeShareLink(input: { userId: string; linkId: string; now: Date }) {
  const [row] = await getDb()
    .update(shareLinks)
    .set({ revokedAt: input.now })
    .where(
      and(
        eq(shareLinks.id, input.linkId),
        eq(shareLinks.userId, input.userId),
        isNull(shareLinks.revokedAt),
      ),
    )
    .returning({ id: shareLinks.id });
  if (!row) throw notFound("share_link");
}

/** Revokes every live link of the user (password reset, sign-out everywhere, claim). */
export async function revokeAllShareLinksOfUser(input: { userId: string; now: Date }) {
  const rows = await getDb()
    .update(shareLinks)
    .set({ revokedAt: input.now })
    .where(and(eq(shareLinks.userId, input.userId), isNull(shareLinks.revokedAt)))
    .returning({ id: shareLinks.id });
  return rows.length;
}

/**
 * A live link by its token's hash, with its owner's name; records the use. Revoked or expired:
 * undefined (the page answers 404, the same as a token that never existed).
 */
export async function openShareLink(input: { tokenHash: string; now: Date; touch: boolean }) {
  const [row] = await getDb()
    .select({
      id: shareLinks.id,
      userId: shareLinks.userId,
      label: shareLinks.label,
      scope: shareLinks.scope,
      expiresAt: shareLinks.expiresAt,
      ownerName: users.name,
      ownerEmail: users.email,
      timeZone: users.timeZone,
    })
    .from(shareLinks)
    .innerJoin(users, eq(users.id, shareLinks.userId))
    .where(
      and(
        eq(shareLinks.tokenHash, input.tokenHash),
        isNull(shareLinks.revokedAt),
        gt(shareLinks.expiresAt, input.now),
      ),
    );
  if (!row) return undefined;
  if (input.touch) {
    await getDb()
      .update(shareLinks)
      .set({ lastUsedAt: input.now })
      .where(eq(shareLinks.id, row.id));
  }
  return { ...row, scope: readScope(row.scope) };
}

/** For the export: every link the user made, live or not (never the token or its hash). */
export async function listShareLinksForExport(userId: string) {
  return getDb()
    .select({
      label: shareLinks.label,
      scope: shareLinks.scope,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
      lastUsedAt: shareLinks.lastUsedAt,
      createdAt: shareLinks.createdAt,
    })
    .from(shareLinks)
    .where(eq(shareLinks.userId, userId))
    .orderBy(desc(shareLinks.createdAt));
}
