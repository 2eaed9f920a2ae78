/**
 * Data helpers for specs: each test builds its own world (a unique user) straight in the e2e
 * database, so only the sign-up spec goes through the sign-up form.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import postgres from "postgres";
import { ARGON2_PARAMETERS } from "../../lib/auth/argon2-parameters";

let client: postgres.Sql | undefined;

export function e2eDb(): postgres.Sql {
  client ??= postgres(readFileSync(path.resolve(".data/e2e/database-url"), "utf8").trim(), {
    max: 2,
    onnotice: () => {},
  });
  return client;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(
  options: { verified?: boolean; name?: string } = {},
): Promise<TestUser> {
  const email = uniqueEmail();
  const password = `pass-${randomUUID()}`;
  const name = options.name ?? "Test Sonographer";
  const passwordHash = await hash(password, ARGON2_PARAMETERS);
  const [row] = await e2eDb()<{ id: string }[]>`
    insert into users (id, email, name, password_hash, email_verified)
    values (${randomUUID()}, ${email}, ${name}, ${passwordHash},
            ${options.verified === false ? null : new Date()})
    returning id`;
  return { id: row!.id, email, password, name };
}

interface CaughtMail {
  to: string[];
  raw: string;
}

/** Waits for a message to `to` in the SMTP catcher's folder and returns its raw text. */
export async function waitForMail(to: string, { timeoutMs = 10_000 } = {}): Promise<string> {
  const dir = path.resolve(".data/e2e/mail");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir)) {
      const mail = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CaughtMail;
      if (mail.to.includes(to.toLowerCase())) return mail.raw;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

/** The first http(s) link in a raw message, undoing quoted-printable soft breaks. */
export function firstLink(raw: string, pathPart: string): string {
  const decoded = raw.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
  const match = decoded.match(new RegExp(`https?://[^\\s"<>]*${pathPart}[^\\s"<>]*`));
  if (!match) throw new Error(`No link containing ${pathPart} in mail`);
  return match[0];
}

/**
 * Builds a user's eligibility world straight in the database: what they hold (held_credentials,
 * onboarded) and their stored eligibility profile (the document lib/eligibility/stored-profile.ts
 * validates).
 */
export async function seedEligibility(
  userId: string,
  world: {
    answers?: Record<string, unknown>;
    held?: { slug: string; earnedOn?: string }[];
  },
): Promise<void> {
  const db = e2eDb();
  await db`insert into user_profiles (user_id, onboarded_at) values (${userId}, now())
           on conflict (user_id) do update set onboarded_at = now()`;
  for (const item of world.held ?? []) {
    await db`insert into held_credentials (user_id, requirement_slug, earned_on)
             values (${userId}, ${item.slug}, ${item.earnedOn ?? null})`;
  }
  if (world.answers) {
    await db`insert into eligibility_profiles (user_id, answers)
             values (${userId}, ${db.json(world.answers as postgres.JSONValue)})`;
  }
}

/** Seeds a held credential spell (active, still held) for the upkeep cycles. */
export async function seedHeldCredential(
  user: Pick<TestUser, "id">,
  requirementSlug: string,
  earnedOn: string,
): Promise<void> {
  await e2eDb()`insert into held_credentials (user_id, requirement_slug, earned_on, status)
                values (${user.id}, ${requirementSlug}, ${earnedOn}, 'active')`;
}

/** Seeds one CE activity in the user's log; returns its id. */
export async function seedCeActivity(
  user: Pick<TestUser, "id">,
  activity: {
    completedOn: string;
    title: string;
    provider: string;
    credits: string;
    category: string;
  },
): Promise<string> {
  const [row] = await e2eDb()<{ id: string }[]>`
    insert into ce_activities (user_id, completed_on, title, provider, credits, category)
    values (${user.id}, ${activity.completedOn}, ${activity.title}, ${activity.provider},
            ${activity.credits}, ${activity.category})
    returning id`;
  return row!.id;
}

/**
 * A sign-in link for `email` made straight in the database, as Auth.js would mail it (its
 * verification token, hashed with the suite's secret, valid 15 minutes): the link to our
 * /sign-in/link page, relative to the app. For specs that test the link, not the mail.
 */
export async function seedMagicLink(email: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const secret = "e2e-test-secret-not-for-production-0123456789"; // playwright.config.ts
  const hashed = createHash("sha256").update(`${token}${secret}`).digest("hex");
  await e2eDb()`insert into verification_tokens (identifier, token, expires)
                values (${email.toLowerCase()}, ${hashed}, now() + interval '15 minutes')`;
  return `/sign-in/link?${new URLSearchParams({ callbackUrl: "/dashboard", token, email })}`;
}
