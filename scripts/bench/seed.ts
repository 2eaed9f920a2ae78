/**
 * Seeds a migrated, catalog-seeded database at scale with set-based SQL (one `insert … select`
 * over generate_series per table, never a row per round trip), then ANALYZEs it.
 *
 * Shape (deterministic: a user's numbers come from hashtext of its index):
 * - users: `users` (default 100k), ids and emails derived from the index;
 * - plans: 1–3 per user on distinct real catalog path slugs, the first primary;
 * - milestones, skewed: 99% of users have 5–15 (rows in `progress`, on distinct real
 *   `catalog_requirements` slugs), 1% (every 100th user) have 209–259: progress on every
 *   requirement (there are ~50) plus custom_milestones spread over their plans;
 * - history and the rest of a user's rows, so every per-user table is large: milestone_events
 *   (a status change for every other progress row, a "created" per custom milestone),
 *   held_credentials, exam_attempts, ce_activities (0–60 per user, 3M at 100k), user_profiles
 *   (80% onboarded), user_sessions (one live, one revoked every 4th user), audit_events,
 *   calendar_feeds (every 5th user), email_tokens (every 5th user), throttle_events (20k).
 */
import postgres from "postgres";

export interface SeedOptions {
  users: number;
  log?: (line: string) => void;
}

export interface SeedResult {
  seconds: number;
  steps: { table: string; rows: number; seconds: number }[];
  counts: Record<string, number>;
  analyzeSeconds: number;
}

/** A deterministic, RFC 9562-shaped (version 4, variant 8) uuid from a text key. */
const UUID_FUNCTION = `
create or replace function bench_uuid(key text) returns uuid language sql immutable as $$
  select overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid
$$`;

/** Per user n: how many plans (k) and milestones. `heavy` = every 100th user. */
const USERS_CTE = (count: number) => `
  u as (
    select n,
           bench_uuid('u' || n)::text as user_id,
           1 + abs(hashtext('k' || n)) % 3 as k,
           n % 100 = 0 as heavy,
           case when n % 100 = 0 then 160 + abs(hashtext('h' || n)) % 50
                else 0 end as custom_count,
           5 + abs(hashtext('c' || n)) % 11 as typical_count
    from generate_series(1, ${count}) n
  )`;

const CATALOG_CTE = `
  req as (
    select array_agg(slug order by slug) as slugs, count(*)::int as c,
           array_agg(slug order by slug) filter (where kind = 'exam') as exams
    from catalog_requirements where retired_on is null
  ),
  pth as (
    select array_agg(slug order by slug) as slugs, count(*)::int as c
    from catalog_paths where retired_on is null
  )`;

const STATUSES = `array['not_started','planned','scheduled','in_progress','done','waived','expired']`;

const STEPS: { table: string; sql: (users: number) => string }[] = [
  {
    table: "users",
    sql: (users) => `
      insert into users (id, name, email, email_verified, password_hash, time_zone, created_at, updated_at)
      select bench_uuid('u' || n)::text, 'Bench user ' || n, 'bench-' || n || '@example.test',
             now() - (n % 700) * interval '1 day',
             '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$bench-not-a-real-hash',
             (array['UTC','America/New_York','America/Chicago','America/Los_Angeles','Europe/London'])[1 + n % 5],
             now() - (n % 700) * interval '1 day', now() - (n % 30) * interval '1 day'
      from generate_series(1, ${users}) n`,
  },
  {
    table: "plans",
    sql: (users) => `
      with ${USERS_CTE(users)}, ${CATALOG_CTE}
      insert into plans (id, user_id, path_slug, is_primary, picks, not_applicable, version, created_at, updated_at)
      select bench_uuid('p' || u.n || '-' || i), u.user_id,
             pth.slugs[1 + (u.n + i * 5) % pth.c], i = 0, '{}'::jsonb, '[]'::jsonb, 1,
             now() - (u.n % 600) * interval '1 day' + i * interval '1 hour', now()
      from u, pth, lateral generate_series(0, u.k - 1) i`,
  },
  {
    table: "progress",
    sql: (users) => `
      with ${USERS_CTE(users)}, ${CATALOG_CTE}
      insert into progress (user_id, requirement_slug, status, target_date, exam_date, completed_date, version, created_at, updated_at)
      select u.user_id, req.slugs[1 + (u.n * 7 + j) % req.c], s.status,
             case when s.status in ('planned','scheduled','in_progress')
                  then current_date + ((u.n + j * 37) % 400 - 60) end,
             case when s.status = 'scheduled' then current_date + (u.n + j) % 90 end,
             case when s.status = 'done' then current_date - (u.n + j * 13) % 1500 end,
             1 + (u.n + j) % 4, now() - (u.n % 500) * interval '1 day', now() - (j % 60) * interval '1 day'
      from u, req,
           lateral generate_series(0, least(req.c, case when u.heavy then req.c else u.typical_count end) - 1) j,
           lateral (select (${STATUSES})[1 + abs(hashtext(u.n || ':' || j)) % 7] as status) s`,
  },
  {
    table: "custom_milestones",
    sql: (users) => `
      with ${USERS_CTE(users)}
      insert into custom_milestones (id, user_id, plan_id, title, status, target_date, completed_date, position, version, created_at, updated_at)
      select bench_uuid('m' || u.n || '-' || j), u.user_id, bench_uuid('p' || u.n || '-' || (j % u.k)),
             'Custom milestone ' || j, s.status,
             case when s.status <> 'done' then current_date + ((u.n + j * 11) % 500 - 100) end,
             case when s.status = 'done' then current_date - (u.n + j) % 900 end,
             j / u.k, 1, now() - (j % 300) * interval '1 day', now()
      from u, lateral generate_series(0, u.custom_count - 1) j,
           lateral (select (${STATUSES})[1 + abs(hashtext('m' || u.n || ':' || j)) % 7] as status) s
      where u.heavy`,
  },
  {
    table: "milestone_events",
    sql: () => `
      insert into milestone_events (user_id, requirement_slug, custom_milestone_id, plan_id, field, old_value, new_value, created_at)
      select p.user_id, p.requirement_slug, null, null, 'status', 'not_started', p.status,
             p.updated_at - interval '1 minute' * (abs(hashtext(p.id::text)) % 100000)
      from progress p
      where abs(hashtext(p.requirement_slug || p.user_id)) % 2 = 0
      union all
      select m.user_id, null, m.id, m.plan_id, 'created', null, m.title, m.created_at
      from custom_milestones m`,
  },
  {
    table: "held_credentials",
    sql: (users) => `
      with ${USERS_CTE(users)}, ${CATALOG_CTE}
      insert into held_credentials (user_id, requirement_slug, earned_on)
      select u.user_id, req.slugs[1 + (u.n * 3 + j * 17) % req.c], current_date - (u.n + j * 100) % 3000
      from u, req, lateral generate_series(0, abs(hashtext('hc' || u.n)) % 3 - 1) j
      on conflict do nothing`,
  },
  {
    // A CE log for every user (0–60 activities, 30 on average: 3M at 100k users), so its
    // indexes are measured at the scale.
    table: "ce_activities",
    sql: (users) => `
      with ${USERS_CTE(users)}
      insert into ce_activities (user_id, completed_on, title, provider, credits, category)
      select u.user_id, current_date - (u.n + j * 37) % 1400, 'CE activity ' || j, 'SDMS',
             (1 + (u.n + j) % 8) * 0.25,
             (array['general', 'cardiovascular', 'vascular', 'abdomen'])[1 + (u.n + j) % 4]
      from u, lateral generate_series(1, abs(hashtext('ce' || u.n)) % 61) j`,
  },
  {
    table: "exam_attempts",
    sql: (users) => `
      with ${USERS_CTE(users)}, ${CATALOG_CTE}
      insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
      select u.user_id, req.exams[1 + (u.n + j) % array_length(req.exams, 1)],
             current_date - (u.n + j * 200) % 2000,
             case when (u.n + j) % 3 = 0 then 'failed' else 'passed' end
      from u, req, lateral generate_series(0, abs(hashtext('ea' || u.n)) % 3 - 1) j`,
  },
  {
    table: "user_profiles",
    sql: (users) => `
      insert into user_profiles (user_id, experience_months, onboarded_at)
      select bench_uuid('u' || n)::text, (n * 7) % 360, now() - (n % 600) * interval '1 day'
      from generate_series(1, ${users}) n where n % 5 <> 0`,
  },
  {
    table: "user_sessions",
    sql: (users) => `
      insert into user_sessions (user_id, created_at, last_seen_at, revoked_at)
      select bench_uuid('u' || n)::text, now() - (n % 25) * interval '1 day',
             now() - (n % 6) * interval '1 day', null
      from generate_series(1, ${users}) n
      union all
      select bench_uuid('u' || n)::text, now() - interval '40 days', now() - interval '35 days',
             now() - interval '35 days'
      from generate_series(1, ${users}) n where n % 4 = 0`,
  },
  {
    table: "audit_events",
    sql: (users) => `
      insert into audit_events (user_id, subject, event, address_hash, created_at)
      select bench_uuid('u' || n)::text, md5('s' || n), e.event, md5('a' || (n % 5000)),
             now() - (n % 300) * interval '1 day' - e.i * interval '1 hour'
      from generate_series(1, ${users}) n,
           lateral (values (0, 'sign_in'), (1, 'sign_in'), (2, 'sign_out')) e(i, event)`,
  },
  {
    table: "calendar_feeds",
    sql: (users) => `
      insert into calendar_feeds (user_id, token_hash)
      select bench_uuid('u' || n)::text, encode(sha256(('cal' || n)::bytea), 'hex')
      from generate_series(1, ${users}) n where n % 5 = 0`,
  },
  {
    table: "email_tokens",
    sql: (users) => `
      insert into email_tokens (token_hash, user_id, purpose, email, expires_at, used_at)
      select encode(sha256(('tok' || n)::bytea), 'hex'), bench_uuid('u' || n)::text,
             'verify_email', 'bench-' || n || '@example.test', now() + interval '2 days',
             case when n % 2 = 0 then now() end
      from generate_series(1, ${users}) n where n % 5 = 1`,
  },
  {
    table: "throttle_events",
    sql: () => `
      insert into throttle_events (bucket, key, created_at)
      select (array['signin-failure','sign-up','password-reset','correction'])[1 + n % 4],
             md5('key' || (n % 7000)), now() - (n % 1440) * interval '1 minute'
      from generate_series(1, 20000) n`,
  },
];

export const SEEDED_TABLES = [
  "users",
  "plans",
  "progress",
  "custom_milestones",
  "milestone_events",
  "held_credentials",
  "exam_attempts",
  "ce_activities",
  "user_profiles",
  "user_sessions",
  "audit_events",
  "calendar_feeds",
  "email_tokens",
  "throttle_events",
] as const;

export async function countRows(url: string): Promise<Record<string, number>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const counts: Record<string, number> = {};
    for (const table of SEEDED_TABLES) {
      const [row] = await sql.unsafe<{ count: number }[]>(
        `select count(*)::int as count from ${table}`,
      );
      counts[table] = row!.count;
    }
    return counts;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Every single-column foreign key of the public schema, checked with one anti-join each: the
 * same guarantee as the per-row triggers, in a few seconds for millions of rows.
 */
async function verifyForeignKeys(sql: postgres.Sql): Promise<void> {
  const keys = await sql<{ child: string; column: string; parent: string; key: string }[]>`
    select c.conrelid::regclass::text as child, a.attname as column,
           c.confrelid::regclass::text as parent, af.attname as key
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute af on af.attrelid = c.confrelid and af.attnum = c.confkey[1]
    where c.contype = 'f' and cardinality(c.conkey) = 1
      and c.connamespace = 'public'::regnamespace`;
  const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const { child, column, parent, key } of keys) {
    const [row] = await sql.unsafe<{ missing: number }[]>(
      `select count(*)::int as missing from ${child} c
       where c.${ident(column)} is not null
         and not exists (select 1 from ${parent} p where p.${ident(key)} = c.${ident(column)})`,
    );
    if (row!.missing > 0) {
      throw new Error(`Seed bug: ${row!.missing} rows of ${child}.${column} miss their ${parent}`);
    }
  }
}

export async function seedAtScale(url: string, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const steps: SeedResult["steps"] = [];
  const started = performance.now();
  try {
    // A throwaway database: durability of each commit does not matter while loading it.
    await sql`set synchronous_commit = off`;
    await sql`set maintenance_work_mem = '256MB'`;
    await sql`set work_mem = '64MB'`;
    await sql.unsafe(UUID_FUNCTION);
    // Foreign keys are checked by a trigger per row, about half of the load time. As a
    // superuser (the embedded cluster) they are skipped while loading and verified set-wise
    // afterwards (verifyForeignKeys); otherwise they run as usual.
    const skipTriggers = await sql`set session_replication_role = replica`.then(
      () => true,
      () => false,
    );
    if (skipTriggers) log("[seed] foreign keys: checked set-wise after loading");
    for (const step of STEPS) {
      const t0 = performance.now();
      const result = await sql.unsafe(step.sql(options.users));
      const seconds = (performance.now() - t0) / 1000;
      steps.push({ table: step.table, rows: result.count, seconds: Math.round(seconds * 10) / 10 });
      log(
        `[seed] ${step.table}: ${result.count.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s`,
      );
    }
    await sql`drop function bench_uuid(text)`;
    if (skipTriggers) {
      await sql`reset session_replication_role`;
      const t0 = performance.now();
      await verifyForeignKeys(sql);
      log(`[seed] foreign keys verified in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const seconds = (performance.now() - started) / 1000;
    const t0 = performance.now();
    await sql`analyze`;
    const analyzeSeconds = (performance.now() - t0) / 1000;
    log(`[seed] analyze: ${analyzeSeconds.toFixed(1)} s`);
    return {
      seconds: Math.round(seconds * 10) / 10,
      steps,
      counts: {},
      analyzeSeconds: Math.round(analyzeSeconds * 10) / 10,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
