import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one module that reads the environment. Everything else imports `env`.
 * Every variable is documented in .env.example.
 */

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any Postgres 15+ server. Unset: the embedded server under .data/ is used. */
  DATABASE_URL: optionalString.pipe(z.url().optional()),
  /** Where the embedded Postgres keeps its data when DATABASE_URL is unset. */
  EMBEDDED_DB_DIR: optionalString,
  /**
   * Most connections one app process opens to Postgres (postgres.js's pool; pg-boss has its own).
   * Few are enough: postgres.js pipelines queries on a busy connection, and each connection more
   * is one more Postgres process competing for the CPU (README, Performance: 3 against 10).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(3),
  /** Connections for certificate uploads, apart from the pool above (db/index.ts#getUploadDb). */
  DATABASE_UPLOAD_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(2),
  AUTH_SECRET: optionalString.pipe(
    z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ),
  AUTH_URL: optionalString.pipe(z.url().optional()),
  AUTH_TRUST_HOST: booleanFlag,
  /** Public base URL used in emailed links, e.g. https://planner.example.org */
  APP_URL: optionalString.pipe(z.url().optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SMTP_URL: optionalString.pipe(z.url().optional()),
  EMAIL_FROM: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  /**
   * Tests only: the Google provider's issuer (the e2e suite's loopback OpenID Connect provider),
   * so that the branch for a provider that vouches for the email runs. Refused when the public
   * URL is https (see TEST_ONLY below).
   */
  AUTH_GOOGLE_TEST_ISSUER: optionalString.pipe(z.url().optional()),
  AUTH_MICROSOFT_ENTRA_ID_ID: optionalString,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optionalString,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: optionalString.pipe(z.url().optional()),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  /**
   * Who compresses responses: "app" (Next gzips them, the default) or "proxy" (a reverse proxy in
   * front does, and Next spends no CPU on it). Read by next.config.ts at start-up.
   */
  COMPRESSION: z.enum(["app", "proxy"]).default("app"),
  /** How many X-Forwarded-For hops to believe (0: use the socket's address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Sign-in failures allowed per account and address within the window. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Sign-ups and password-reset requests allowed per address and hour. */
  ACCOUNT_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /**
   * Where background jobs (reminders, housekeeping; pg-boss on the same Postgres) run: "inline"
   * in every app process (the default: `npm run dev` and `npm start` need nothing else), or
   * "separate": only in `npm run worker` processes; app processes then only enqueue.
   */
  WORKER: z.enum(["inline", "separate"]).default("inline"),
  /**
   * How long a job may run before pg-boss hands it to another worker (a worker that died keeps its
   * job until then). Tests set a few seconds.
   */
  JOBS_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(300),
  /**
   * Tests only: a reminder-sending worker kills itself right after claiming a reminder
   * ("claimed") or right after the mail server accepted it ("accepted"), to prove nothing is
   * mailed twice. Refused when the public URL is https.
   */
  REMINDERS_CRASH_AT: z.enum(["claimed", "accepted"]).optional(),
  /**
   * Tests only: pins the server's clock (lib/server/clock.ts) to this instant, e.g.
   * 2026-11-30T12:00:00Z. Refused when the public URL is https (see TEST_ONLY below).
   */
  CLOCK_NOW: optionalString.pipe(z.iso.datetime({ offset: true }).optional()),
  /**
   * The benchmark only (`npm run bench` sets it): serve `/bench/floor`, an empty page with the
   * signed-in layouts and session check, to measure the framework's floor beside the real pages.
   * Unset, that page answers 404.
   */
  BENCH_FLOOR: booleanFlag.default(false),
  /**
   * The benchmark only: a file under bench-results/ where the server appends every SQL statement
   * it sends, with its parameters (db/capture.ts), so `npm run bench` EXPLAINs exactly those.
   */
  BENCH_CAPTURE_SQL: optionalString.pipe(
    z
      .string()
      .refine((file) => {
        const results = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "bench-results");
        const relative = path.relative(results, path.resolve(results, "..", file));
        return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
      }, "BENCH_CAPTURE_SQL must name a file under bench-results/")
      .optional(),
  ),
});

/** Variables that change what the app believes (the time, who vouches for an email): never in a deployment. */
const TEST_ONLY = [
  "CLOCK_NOW",
  "BENCH_CAPTURE_SQL",
  "REMINDERS_CRASH_AT",
  "AUTH_GOOGLE_TEST_ISSUER",
] as const satisfies readonly (keyof z.infer<typeof schema>)[];

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // "NAME=" (as .env.example lists every variable) means unset: the default applies.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example.`);
  }
  const publicUrl = parsed.data.APP_URL ?? parsed.data.AUTH_URL;
  const deployed = publicUrl?.startsWith("https:") ?? false;
  const testOnly = TEST_ONLY.filter((name) => parsed.data[name] !== undefined);
  if (deployed && testOnly.length > 0) {
    throw new Error(
      `Invalid environment configuration:\n  ${testOnly.join(", ")}: for tests only, refused ` +
        `when the public URL is https (${publicUrl}). Unset it.\nSee .env.example.`,
    );
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

// turbopackIgnore: the embedded database writes here constantly; tracing it would make every
// write look like a source change to the dev server.
export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data");

/**
 * Development convenience: with no AUTH_SECRET, one is generated once and kept in
 * .data/auth-secret so sessions survive restarts. Production never falls back.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error(
      "AUTH_SECRET is not set. In production the server needs a secret of at least 32 characters " +
        "to sign sessions: generate one with `openssl rand -base64 32` and set AUTH_SECRET.",
    );
  }
  const file = path.join(dataDir, "auth-secret");
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not generated yet.
  }
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(32).toString("base64url");
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

/** Called once at server start: fail fast, with the reason, on a misconfigured production server. */
export function assertProductionReady(): void {
  if (env.NODE_ENV !== "production") return;
  authSecret();
  if (!env.AUTH_URL && !env.AUTH_TRUST_HOST) {
    throw new Error(
      "Set AUTH_URL (the public URL) or AUTH_TRUST_HOST=true behind a trusted proxy: " +
        "Auth.js refuses requests from an untrusted host in production.",
    );
  }
}

export const trustHost =
  env.AUTH_TRUST_HOST ?? (Boolean(env.AUTH_URL) || env.NODE_ENV !== "production");

export const appUrl = env.APP_URL ?? env.AUTH_URL ?? `http://localhost:${env.PORT}`;

export const emailEnabled = Boolean(env.SMTP_URL && env.EMAIL_FROM);

/** Magic links work without SMTP in development: the link is printed to the server log. */
export const magicLinkEnabled = emailEnabled || env.NODE_ENV !== "production";

export const oauthProviders = {
  google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
  "microsoft-entra-id": Boolean(
    env.AUTH_MICROSOFT_ENTRA_ID_ID && env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
  ),
  github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
} as const;
