import "server-only";
import { setTimeout } from "node:timers/promises";
import { revokeAllShareLinks } from "@/lib/server/sharing/recovery";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import Nodemailer from "next-auth/providers/nodemailer";
import { getDb } from "@/db";
import { accounts, users, verificationTokens } from "@/db/schema";
import { claimUnverifiedAccount, getUserByEmail } from "@/db/queries/users";
import { recordAuditEvent } from "@/db/queries/audit";
import { createSession } from "@/db/queries/sessions";
import { now } from "@/lib/server/clock";
import { RateLimited } from "@/lib/errors";
import { throttled } from "@/lib/server/actions";
import { addressFromHeaders } from "@/lib/server/request-context";
import { authSecret, env, magicLinkEnabled, oauthProviders, trustHost } from "@/lib/env";
import { queueMail } from "@/lib/server/mail";
import { signInSchema } from "@/lib/validation";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { oauthEmailIsVerified } from "@/lib/auth/oauth-linking";
import { signInRule, signInSlowdown } from "./throttles";
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
          await queueMail({ template: "magic-link", to: identifier, link: url, minutes: 15 });
        },
      }),
    );
  }
  if (oauthProviders.google) list.push(Google({ allowDangerousEmailAccountLinking: true }));
  if (oauthProviders["microsoft-entra-id"]) list.push(MicrosoftEntraID({}));
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
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: providers(),
  logger: {
    // A wrong password is routine, not an error worth a stack trace in the log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logUnexpectedError("auth", error);
    },
  },
  callbacks: {
    async signIn({ user, account, profile, email }) {
      if (!account || account.type === "credentials" || email?.verificationRequest) return true;
      const existing = user.email ? await getUserByEmail(user.email.toLowerCase()) : undefined;
      if (account.type === "oauth" || account.type === "oidc") {
        const alreadyLinked = existing && existing.id === user.id;
        if (existing && !alreadyLinked && !oauthEmailIsVerified(account.provider, profile)) {
          return "/sign-in?error=OAuthAccountNotLinked";
        }
      }
      if (existing && !existing.emailVerified) {
        await claimUnverifiedAccount({ userId: existing.id, now: now() });
        // A claim is a recovery: links made by whoever held the account stop working.
        await revokeAllShareLinks(existing.id);
      }
      return true;
    },
    async jwt({ token, user }) {
      // `user` is present only at sign-in: that is when a device gets its session row.
      if (user?.id) {
        token.sid = await createSession({ userId: user.id, now: now() });
        await recordAuditEvent({ event: "sign_in", userId: user.id });
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sid = token.sid;
      return session;
    },
  },
}));
