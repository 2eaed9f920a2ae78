import "server-only";
import { listLinkedAccounts } from "@/db/queries/accounts";
import { getSessionReauthentication } from "@/db/queries/sessions";
import type { User } from "@/db/schema";
import {
  canUnlink,
  OAUTH_PROVIDER_IDS,
  providerName,
  recentlyReauthenticated,
} from "@/lib/auth/oauth-linking";
import { oauthProviders } from "@/lib/env";
import { now } from "@/lib/server/clock";

/** What Settings shows about the ways to sign in: linked providers, those that could be linked. */
export async function loadSignInMethods(user: User, sessionId: string) {
  const [accounts, reauthenticatedAt] = await Promise.all([
    listLinkedAccounts(user.id),
    getSessionReauthentication({ sessionId, userId: user.id }),
  ]);
  const providers = [...new Set(accounts.map((account) => account.provider))];
  const hasPassword = Boolean(user.passwordHash);
  return {
    linked: providers.map((provider) => ({
      provider,
      name: providerName(provider),
      unlinkable: canUnlink({ hasPassword, linkedCount: providers.length }),
    })),
    linkable: OAUTH_PROVIDER_IDS.filter(
      (provider) => oauthProviders[provider] && !providers.includes(provider),
    ).map((provider) => ({ provider, name: providerName(provider) })),
    reauthenticated: recentlyReauthenticated(reauthenticatedAt, now()),
  };
}

/** The providers linked to an account, with the names people see. */
export async function listLinkedProviders(userId: string) {
  const accounts = await listLinkedAccounts(userId);
  return [...new Set(accounts.map((account) => account.provider))].map((provider) => ({
    provider,
    name: providerName(provider),
  }));
}
