import "server-only";
import { setTimeout } from "node:timers/promises";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb } from "@/db";
import { accounts, users, verificationTokens } from "@/db/schema";
import { userIdByAccount } from "@/db/queries/accounts";
import { getUserByEmail, getUserById } from "@/db/queries/users";
import { recordAuditEvent } from "@/db/queries/audit";
import {
  createSession,
  isSessionLive,
  revokeSession,
  takeProviderLinkRequest,
} from "@/db/queries/sessions";
import { now } from "@/lib/server/clock";
import { RateLimited } from "@/lib/errors";
import { throttled } from "@/lib/server/actions";
import { addressFromHeaders, clientAddress } from "@/lib/server/request-context";
import { reserveThrottleSlot } from "@/db/queries/throttle";
import { magicLinkPageUrl } from "@/lib/auth/magic-link";
import { authSecret, env, magicLinkEnabled, oauthProviders, trustHost } from "@/lib/env";
import { queueMail } from "@/lib/server/mail";
import { signInSchema } from "@/lib/validation";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { reauthenticationWindowStart, vouchesForEmail } from "@/lib/auth/oauth-linking";
import { claimAccount, markVouchedEmailVerified } from "./claim";
import { clearSessionHint, setSessionHint } from "./session-hint";
import { readSessionToken } from "./session-token";
import { magicLinkRules, signInRule, signInSlowdown } from "./throttles";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";

declare module "next-auth" {
  interface Session {
    /** Our session row's id: checked on every protected request so sessions can be revoked. */
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

export class SignInThrottled extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/**
 * The user an OpenID Connect profile describes: only what we keep, cut to the columns' limits (a
 * provider's claims are input like any other), and never a photo fetched from elsewhere.
 */
function openIdProfile(claims: object) {
  const profile = claims as Record<string, unknown>;
  const text = (value: unknown, max: number) => {
    // Control characters (NUL among them, which Postgres refuses) are never part of a name.
    const cleaned =
      typeof value === "string" ? value.replace(/[\u0000-\u001f\u007f]/g, "").trim() : "";
    return cleaned === "" ? null : cleaned.slice(0, max);
  };
  const email = text(profile.email, 255);
  return {
    id: String(profile.sub),
    name: text(profile.name, 100),
    // An address longer than any real one is no address (users.email holds at most 254).
    email: email && email.length <= 254 ? email : null,
    image: null,
  };
}

/**
 * Whether an OAuth sign-in may go on (true) or where it is sent instead. Auth.js links the
 * provider's identity to whoever the session cookie names, and by email when a provider allows
 * it, so this decides first:
 * - a cookie whose session row is not live (signed out, revoked, expired) counts for nothing:
 *   refused, so it can neither link an identity nor mint a session;
 * - from a live session, an identity not linked yet is linked only when Settings asked for this
 *   provider from a session re-authenticated within the last minutes (or Google vouches for the
 *   session user's own address);
 * - with no session, an identity not linked yet joins an existing account only when its provider
 *   vouches for the address, which then claims the account if it was unverified.
 */
async function oauthSignInVerdict({
  user,
  account,
  profile,
}: {
  user: { email?: string | null };
  account: { provider: string; providerAccountId: string; type: string };
  profile?: object;
}): Promise<true | string> {
  const email = user.email?.toLowerCase();
  if (!email) return "/sign-in?error=EmailRequired";
  const at = now();
  const cookie = await readSessionToken();
  const live = cookie
    ? await isSessionLive({ sessionId: cookie.sessionId, userId: cookie.userId, now: at })
    : false;
  if (cookie && !live) return "/sign-in?error=SessionEnded";
  const linkedTo = await userIdByAccount(account);
  if (cookie) {
    if (linkedTo) return linkedTo === cookie.userId ? true : "/settings?link=taken#sign-in-methods";
    const requested = await takeProviderLinkRequest({
      sessionId: cookie.sessionId,
      userId: cookie.userId,
      provider: account.provider,
      reauthenticatedSince: reauthenticationWindowStart(at),
    });
    if (requested) return true;
    const signedIn = await getUserById(cookie.userId);
    if (signedIn?.email === email && vouchesForEmail(account, profile, email)) return true;
    return "/settings?link=refused#sign-in-methods";
  }
  if (linkedTo) return true;
  const existing = await getUserByEmail(email);
  if (!existing) return true;
  if (!vouchesForEmail(account, profile, email)) return "/sign-in?error=OAuthAccountNotLinked";
  if (!existing.emailVerified) await claimAccount(existing.id);
  return true;
}

/**
 * Every check an OpenID Connect callback can make, not only Auth.js's default PKCE: the state (a
 * callback whose state was altered or made up is refused) and the ID token's nonce (a token
 * minted for another sign-in is refused).
 */
const OIDC_CHECKS: ("pkce" | "state" | "nonce")[] = ["pkce", "state", "nonce"];

/**
 * Whether a sign-in link may be mailed (true), or the sign-in page to send the browser to: per
 * client address and per address it goes to (magicLinkRules), each request counted.
 */
async function magicLinkRequestVerdict(email: string | null | undefined): Promise<true | string> {
  const target = email?.toLowerCase() ?? "";
  const address = await clientAddress();
  for (const rule of magicLinkRules(target, address)) {
    const slot = await reserveThrottleSlot(rule);
    if (!slot.allowed) {
      await recordAuditEvent({ event: "magic_link_throttled", email: target, address });
      return "/sign-in?error=TooManyLinks";
    }
  }
  return true;
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.omit({ callbackUrl: true }).strip().safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const address = addressFromHeaders(request.headers);
        try {
          // Each attempt takes a slot before the password is checked; success gives them back.
          return await throttled(signInRule(email, address), async (release) => {
            // Every attempt at an account waits longer as its failures mount (never a lockout).
            const slowdown = await signInSlowdown(email);
            if (slowdown.delayMs > 0) await setTimeout(slowdown.delayMs);
            const user = await getUserByEmail(email);
            const valid = user?.passwordHash
              ? await verifyPassword(user.passwordHash, password)
              : await verifyAgainstDummy(password);
            if (!user || !valid) {
              await recordAuditEvent({
                event: "sign_in_failure",
                userId: user?.id,
                email,
                address,
              });
              throw new InvalidCredentials();
            }
            await release();
            await slowdown.release();
            return { id: user.id, email: user.email, name: user.name };
          });
        } catch (error) {
          if (!(error instanceof RateLimited)) throw error;
          await recordAuditEvent({ event: "sign_in_throttled", email, address });
          throw new SignInThrottled(error.retryAfterSeconds);
        }
      },
    }),
  ];
  if (magicLinkEnabled) {
    list.push(
      Nodemailer({
        server: env.SMTP_URL ?? "smtp://127.0.0.1:25",
        from: env.EMAIL_FROM ?? "Sonography Career Planner <no-reply@localhost>",
        maxAge: 15 * 60,
        async sendVerificationRequest({ identifier, url }) {
          // The mail links to our page, whose button (a POST) goes on to `url`: a mail scanner's
          // GET must not use the link up (lib/auth/magic-link.ts).
          await queueMail({
            template: "magic-link",
            to: identifier,
            link: magicLinkPageUrl(url),
            minutes: 15,
          });
        },
      }),
    );
  }
  if (oauthProviders.google) {
    list.push(
      Google({
        allowDangerousEmailAccountLinking: true,
        // Tests only (lib/env.ts refuses it where the public URL is https): the e2e suite's
        // loopback OpenID Connect provider.
        ...(env.AUTH_GOOGLE_TEST_ISSUER ? { issuer: env.AUTH_GOOGLE_TEST_ISSUER } : {}),
        checks: OIDC_CHECKS,
        profile: openIdProfile,
      }),
    );
  }
  if (oauthProviders["microsoft-entra-id"]) {
    // Our own profile(): the provider's default fetches a photo from graph.microsoft.com.
    list.push(
      MicrosoftEntraID({
        issuer: env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        checks: OIDC_CHECKS,
        profile: openIdProfile,
      }),
    );
  }
  if (oauthProviders.github) list.push(GitHub({}));
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost,
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: {
    signIn: "/sign-in",
    signOut: "/sign-out",
    verifyRequest: "/sign-in/check-email",
    error: "/sign-in",
  },
  providers: providers(),
  logger: {
    // A wrong password is routine, not an error worth a stack trace in the log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logUnexpectedError("auth", error);
    },
  },
  events: {
    // Every sign-out (ours, account deletion, Auth.js's own POST /api/auth/signout) ends the
    // session row, not only the cookie, and drops the "maybe signed in" hint with it.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && token.sid) {
        await revokeSession({ sessionId: token.sid, userId: token.sub, now: now() });
      }
      await clearSessionHint();
    },
  },
  callbacks: {
    async signIn({ user, account, profile, email }) {
      // Asking for a sign-in link, through our form or Auth.js's own route: throttled here.
      if (email?.verificationRequest) return magicLinkRequestVerdict(user.email);
      if (!account || account.type === "credentials") return true;
      if (account.type === "email") {
        // The emailed link proved the address: an unverified account with it is claimed.
        const existing = user.email ? await getUserByEmail(user.email.toLowerCase()) : undefined;
        if (existing && !existing.emailVerified) await claimAccount(existing.id);
        return true;
      }
      if (account.type !== "oauth" && account.type !== "oidc") return false;
      return oauthSignInVerdict({ user, account, profile });
    },
    async jwt({ token, user, account, profile }) {
      // `user` is present only at sign-in: that is when a device gets its session row.
      if (user?.id) {
        // A new account made through a provider that vouches for its address is verified (an
        // existing unverified one was claimed in signIn above).
        if (account && user.email && vouchesForEmail(account, profile, user.email)) {
          await markVouchedEmailVerified(user.id, user.email);
        }
        token.sid = await createSession({ userId: user.id, now: now() });
        await recordAuditEvent({ event: "sign_in", userId: user.id });
        // Lets the header of public pages know to ask for the session (lib/auth/session-hint.ts).
        await setSessionHint();
        return token;
      }
      // Every later use of the cookie by Auth.js itself (/api/auth/session, its renewal): only
      // while the session row is live. null clears the cookie.
      if (!token.sub || !token.sid) return null;
      const live = await isSessionLive({ sessionId: token.sid, userId: token.sub, now: now() });
      return live ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sid = token.sid;
      return session;
    },
  },
}));
