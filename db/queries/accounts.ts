import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { accounts, users } from "@/db/schema";

export interface LinkedAccount {
  provider: string;
  providerAccountId: string;
}

/** The OAuth identities linked to a user. */
export async function listLinkedAccounts(userId: string): Promise<LinkedAccount[]> {
  return getDb()
    .select({ provider: accounts.provider, providerAccountId: accounts.providerAccountId })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .orderBy(accounts.provider, accounts.providerAccountId);
}

/** Which user an OAuth identity is linked to, if any. */
export async function userIdByAccount(input: {
  provider: string;
  providerAccountId: string;
}): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(
      and(
        eq(accounts.provider, input.provider),
        eq(accounts.providerAccountId, input.providerAccountId),
      ),
    );
  return row?.userId;
}

/**
 * Unlinks the user's identities at a provider, unless `mayUnlink` (given the password and how
 * many links there are) says that would leave no way to sign in. The user's row is locked, so
 * two unlinks at once cannot both pass. "not_found": nothing of the user's at that provider.
 */
export async function unlinkProvider(input: {
  userId: string;
  provider: string;
  mayUnlink: (state: { hasPassword: boolean; linkedCount: number }) => boolean;
}): Promise<"unlinked" | "not_found" | "last_way"> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!user) return "not_found";
    const mine = and(eq(accounts.userId, input.userId), eq(accounts.provider, input.provider));
    const [atProvider] = await tx.select({ n: count() }).from(accounts).where(mine);
    if (!atProvider || atProvider.n === 0) return "not_found";
    const [all] = await tx
      .select({ n: count() })
      .from(accounts)
      .where(eq(accounts.userId, input.userId));
    const remaining = (all?.n ?? 0) - atProvider.n;
    if (!input.mayUnlink({ hasPassword: Boolean(user.passwordHash), linkedCount: remaining + 1 })) {
      return "last_way";
    }
    await tx.delete(accounts).where(mine);
    return "unlinked";
  });
}
