/**
 * The two measured users (same ids, emails and passwords in the at-scale and the empty
 * database), and signing in over HTTP the way a browser does.
 */
import { hash } from "@node-rs/argon2";
import postgres from "postgres";
import { ARGON2_PARAMETERS } from "../../lib/auth/argon2-parameters";

export interface MeasuredUser {
  label: "typical" | "heavy";
  id: string;
  email: string;
  password: string;
  planId: string;
  /** Rows in progress plus custom milestones. */
  milestones: number;
  progressSlugs: string[];
  customIds: string[];
}

const PATH = "echocardiographer";

// The app's parameters (lib/auth/password.ts): argon2id, m = 19 MiB, t = 2, p = 1.
const ARGON2 = ARGON2_PARAMETERS;

const SPECS = [
  {
    label: "typical",
    id: "0b3f6a52-6d43-4c1e-8a51-000000000020",
    planId: "0b3f6a52-6d43-4c1e-8a51-0000000a0020",
    email: "bench-typical@example.test",
    password: "bench typical passphrase",
    milestones: 20,
    /** At most this many on catalog requirements; the rest are custom milestones. */
    maxProgress: 20,
    events: 40,
    ceActivities: 24,
  },
  {
    label: "heavy",
    id: "0b3f6a52-6d43-4c1e-8a51-000000000200",
    planId: "0b3f6a52-6d43-4c1e-8a51-0000000a0200",
    email: "bench-heavy@example.test",
    password: "bench heavy passphrase",
    milestones: 200,
    maxProgress: 1000,
    events: 400,
    ceActivities: 300,
  },
] as const;

const STATUS_MIX = [
  "done",
  "planned",
  "scheduled",
  "in_progress",
  "not_started",
  "done",
  "planned",
];

/** Requirement slugs, those of the plan's path first (so the plan view has real progress). */
async function slugsForPath(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ slug: string; on_path: boolean }[]>`
    with on_path as (
      select requirement_slug as slug from catalog_path_steps
      where path_slug = ${PATH} and requirement_slug is not null
      union
      select m.requirement_slug from catalog_group_members m
      join catalog_groups g on g.key = m.group_key
      where g.path_slug = ${PATH} and m.requirement_slug is not null
    )
    select r.slug, r.slug in (select slug from on_path) as on_path
    from catalog_requirements r where r.retired_on is null
    order by 2 desc, 1`;
  return rows.map((row) => row.slug);
}

export async function createMeasuredUsers(url: string): Promise<MeasuredUser[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const slugs = await slugsForPath(sql);
    const users: MeasuredUser[] = [];
    for (const spec of SPECS) {
      const passwordHash = await hash(spec.password, ARGON2);
      const progressSlugs = slugs.slice(0, Math.min(spec.maxProgress, spec.milestones));
      const customCount = spec.milestones - progressSlugs.length;
      if (progressSlugs.length < Math.min(20, spec.milestones)) {
        throw new Error(`The catalog has only ${slugs.length} requirements`);
      }
      await sql.begin(async (tx) => {
        await tx`
          insert into users (id, name, email, email_verified, password_hash, time_zone)
          values (${spec.id}, ${`Bench ${spec.label}`}, ${spec.email}, now(), ${passwordHash}, 'UTC')`;
        await tx`
          insert into user_profiles (user_id, experience_months, onboarded_at)
          values (${spec.id}, 36, now() - interval '90 days')`;
        await tx`
          insert into plans (id, user_id, path_slug, is_primary, picks)
          values (${spec.planId}, ${spec.id}, ${PATH}, true,
                  ${tx.json({ "echocardiographer-credential": "ardms-rdcs" })})`;
        await tx`
          insert into progress (user_id, requirement_slug, status, target_date, exam_date, completed_date)
          select ${spec.id}, slug,
                 (${STATUS_MIX}::text[])[1 + (i - 1) % ${STATUS_MIX.length}],
                 case when (i - 1) % 7 in (1, 2, 3, 6) then current_date + ((i * 9) % 80 - 20) end,
                 case when (i - 1) % 7 = 2 then current_date + (i % 40) end,
                 case when (i - 1) % 7 in (0, 5) then current_date - i * 30 end
          from (select slug, ord::int as i
                from unnest(${progressSlugs}::text[]) with ordinality as u(slug, ord)) t`;
        if (customCount > 0) {
          await tx`
            insert into custom_milestones (user_id, plan_id, title, status, target_date, completed_date, position)
            select ${spec.id}, ${spec.planId}, 'Bench custom milestone ' || i,
                   (${STATUS_MIX}::text[])[1 + i % ${STATUS_MIX.length}],
                   case when i % 7 <> 0 then current_date + (i * 5) % 400 - 60 end,
                   case when i % 7 = 0 then current_date - i end, i
            from generate_series(1, ${customCount}) i`;
        }
        await tx`
          insert into held_credentials (user_id, requirement_slug, earned_on)
          values (${spec.id}, 'ardms-rdms', current_date - 900)
          on conflict do nothing`;
        await tx`
          insert into held_credentials (user_id, requirement_slug, earned_on)
          values (${spec.id}, 'cci-rcs', current_date - 800)`;
        // A CE log the upkeep card reads, spread over the last two years (typical 24, heavy 300).
        await tx`
          insert into ce_activities (user_id, completed_on, title, provider, credits, category)
          select ${spec.id}, current_date - i * ${Math.floor(720 / spec.ceActivities)},
                 'Bench CE activity ' || i, 'SDMS',
                 (1 + i % 4) * 0.75, (array['cardiovascular', 'vascular', 'general'])[1 + i % 3]
          from generate_series(1, ${spec.ceActivities}) i`;
        await tx`
          insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
          values (${spec.id}, 'ardms-spi', current_date - 400, 'passed'),
                 (${spec.id}, 'ardms-ae', current_date - 200, 'failed')`;
        await tx`
          insert into milestone_events (user_id, requirement_slug, plan_id, field, old_value, new_value, created_at)
          select ${spec.id}, (${progressSlugs}::text[])[1 + i % ${progressSlugs.length}], ${spec.planId},
                 'status', 'planned', 'in_progress', now() - i * interval '7 hours'
          from generate_series(1, ${spec.events}) i`;
      });
      const custom = await sql<{ id: string }[]>`
        select id from custom_milestones where user_id = ${spec.id} order by position`;
      users.push({
        label: spec.label,
        id: spec.id,
        email: spec.email,
        password: spec.password,
        planId: spec.planId,
        milestones: spec.milestones,
        progressSlugs,
        customIds: custom.map((row) => row.id),
      });
    }
    await sql`analyze`;
    return users;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

/**
 * Signs in with Auth.js's credentials endpoint (CSRF token, then the form POST) and returns the
 * Cookie header a browser would send afterwards.
 */
export async function signIn(baseUrl: string, user: MeasuredUser): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf: ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookies.join("; "),
    },
    body: new URLSearchParams({
      email: user.email,
      password: user.password,
      csrfToken,
      callbackUrl: `${baseUrl}/dashboard`,
    }),
  });
  const location = response.headers.get("location") ?? "";
  const session = cookiePairs(response).filter((pair) => pair.includes("session-token"));
  if (response.status >= 400 || location.includes("error=") || session.length === 0) {
    throw new Error(`Sign-in of ${user.email} failed: ${response.status} ${location}`);
  }
  return session.join("; ");
}

/** The current version and status of each of a user's progress rows. */
export async function progressVersions(
  url: string,
  userId: string,
): Promise<Map<string, { version: number; status: string }>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ requirement_slug: string; version: number; status: string }[]>`
      select requirement_slug, version, status from progress where user_id = ${userId}`;
    return new Map(rows.map((row) => [row.requirement_slug, row]));
  } finally {
    await sql.end({ timeout: 5 });
  }
}
