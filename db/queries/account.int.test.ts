import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb, sqlClient } from "@/db";
import { emailTokens, users } from "@/db/schema";
import { deleteAccount, deleteAccountWithToken, getAccountExport } from "./account";
import { pseudonym, recordAuditEvent } from "./audit";
import { reserveThrottleSlot } from "./throttle";
import { now } from "@/lib/server/clock";
import { issueEmailLink } from "@/lib/server/email-links";
import { buildMilestonesCsv, milestonesCsv } from "@/lib/server/your-data";
import { getUserById } from "./users";

afterAll(() => closeDb());

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

interface Populated {
  id: string;
  email: string;
  marker: string;
  planId: string;
  customId: string;
  passwordHash: string;
  calendarHash: string;
  emailTokenHash: string;
  accessToken: string;
}

/** A user with rows in every table that can hold something of theirs. */
async function populate(label: string): Promise<Populated> {
  const sql = sqlClient();
  const marker = `${label}-${crypto.randomUUID()}`;
  const email = `${marker}@example.test`;
  const passwordHash = `argon-${marker}`;
  const [user] = await getDb()
    .insert(users)
    .values({ email, name: `Name ${marker}`, passwordHash, emailVerified: new Date() })
    .returning();
  const id = user!.id;
  await sql`insert into user_profiles (user_id, experience_months, onboarded_at)
            values (${id}, 24, now())`;
  const [plan] = await sql<{ id: string }[]>`
    insert into plans (user_id, path_slug, is_primary, picks)
    values (${id}, 'echocardiographer', true, ${JSON.stringify({ "echocardiographer-credential": "ardms-rdcs" })}::jsonb)
    returning id`;
  await sql`insert into progress (user_id, requirement_slug, status, completed_date, registry_number, notes)
            values (${id}, 'ardms-spi', 'done', '2024-03-15', ${`R-${marker}`}, ${`=HYPERLINK("x"), "${marker}"`})`;
  const [custom] = await sql<{ id: string }[]>`
    insert into custom_milestones (user_id, plan_id, title, status, notes)
    values (${id}, ${plan!.id}, ${`Custom ${marker}`}, 'planned', 'line one
line two')
    returning id`;
  await sql`insert into held_credentials (user_id, requirement_slug, earned_on)
            values (${id}, 'ardms-rdms', '2022-06-01')`;
  // A spell that lapsed, and a CE activity (one live, one deleted awaiting undo).
  await sql`insert into held_credentials (user_id, requirement_slug, earned_on, status, ended_on)
            values (${id}, 'cci-rcs', '2019-01-10', 'lapsed', '2022-03-31')`;
  await sql`insert into ce_activities (user_id, completed_on, title, provider, credits, category, notes)
            values (${id}, '2025-05-01', ${`CE ${marker}`}, 'SDMS', 1.5, 'cardiovascular', ${`note ${email}`}),
                   (${id}, '2025-05-02', ${`Deleted CE ${marker}`}, 'SDMS', 0.75, 'general', null)`;
  await sql`update ce_activities set deleted_at = now()
            where user_id = ${id} and title like 'Deleted CE %'`;
  await sql`insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
            values (${id}, 'ardms-ae', '2024-01-10', 'failed')`;
  await sql`insert into eligibility_profiles (user_id, answers)
            values (${id}, ${JSON.stringify({ experience: { clinical: { general: { fullTimeMonths: 7 } } } })}::jsonb)`;
  await sql`insert into eligibility_milestones (user_id, requirement_slug, target_slug)
            values (${id}, 'exp-clinical-12-months', 'ardms-ab')`;
  const [activity] = await sql<{ id: string }[]>`
    select id from ce_activities where user_id = ${id} and deleted_at is null`;
  // Two certificates (one on the live activity, one unattached), each with its chunk rows, one named
  // after the user's email: the file and every byte of it must go.
  for (const [activityId, fileName] of [
    [activity!.id, "certificate.pdf"],
    [null, `${email}.png`],
  ] as const) {
    const [file] = await sql<{ id: string }[]>`
      insert into certificates (user_id, ce_activity_id, file_name, media_type, byte_size)
      values (${id}, ${activityId}, ${fileName}, 'application/pdf', 12)
      returning id`;
    await sql`insert into certificate_chunks (certificate_id, seq, data)
              values (${file!.id}, 0, ${Buffer.from(`%PDF-${marker}`.slice(0, 6))}),
                     (${file!.id}, 1, ${Buffer.from(marker)})`;
  }
  await sql`insert into milestone_events (user_id, requirement_slug, plan_id, field, old_value, new_value)
            values (${id}, 'ardms-spi', ${plan!.id}, 'status', 'planned', 'done')`;
  await sql`insert into milestone_events (user_id, custom_milestone_id, plan_id, field, new_value)
            values (${id}, ${custom!.id}, ${plan!.id}, 'title', ${`Custom ${marker}`})`;
  const calendarHash = sha256(`calendar-${marker}`);
  await sql`insert into calendar_feeds (user_id, token_hash) values (${id}, ${calendarHash})`;
  await sql`insert into user_sessions (user_id) values (${id})`;
  await sql`insert into user_sessions (user_id, revoked_at) values (${id}, now())`;
  const emailTokenHash = sha256(`verify-${marker}`);
  await sql`insert into email_tokens (token_hash, user_id, purpose, email, expires_at)
            values (${emailTokenHash}, ${id}, 'verify_email', ${email}, now() + interval '1 day')`;
  await issueEmailLink({ userId: id, email, purpose: "delete_account" });
  const accessToken = `oauth-access-${marker}`;
  await sql`insert into accounts (user_id, type, provider, provider_account_id, access_token, refresh_token)
            values (${id}, 'oauth', 'github', ${`gh-${marker}`}, ${accessToken}, ${`refresh-${marker}`})`;
  await sql`insert into verification_tokens (identifier, token, expires)
            values (${email}, ${sha256(`magic-${marker}`)}, now() + interval '15 minutes')`;
  await sql`insert into correction_reports (user_id, subject_slug, message, contact_email)
            values (${id}, 'ardms-spi', 'The fee changed.', ${email})`;
  // Reported while signed out, with the same address as contact.
  await sql`insert into correction_reports (subject_slug, message, contact_email)
            values ('ardms-ae', 'Typo.', ${email.toUpperCase()})`;
  await recordAuditEvent({ event: "sign_in", userId: id, address: "203.0.113.7" });
  await recordAuditEvent({ event: "sign_in_failure", userId: id, email, address: "203.0.113.7" });
  await reserveThrottleSlot({ bucket: "delete-account", key: id, limit: 5, windowMinutes: 15 });
  await sql`insert into notification_preferences (user_id, off, digest) values (${id}, '["exam"]', true)`;
  await sql`insert into reminders (user_id, key, kind, subject, title, about_date, lead_label, send_at, state)
            values (${id}, ${`exam|ardms-ae|2027-03-12|14d`}, 'exam', 'ardms-ae', ${`AE exam ${marker}`},
                    '2027-03-12', '14 days before', now(), 'sent')`;
  return {
    id,
    email,
    marker,
    planId: plan!.id,
    customId: custom!.id,
    passwordHash,
    calendarHash,
    emailTokenHash,
    accessToken,
  };
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every public table with a user_id column, and how many rows each holds for the user. */
async function rowsByUserId(userId: string): Promise<Record<string, number>> {
  const sql = sqlClient();
  const tables = await sql<{ table_name: string }[]>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'user_id'
    order by table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await sql.unsafe<{ count: number }[]>(
      `select count(*)::int as count from ${ident(table_name)} where user_id = $1`,
      [userId],
    );
    counts[table_name] = row!.count;
  }
  return counts;
}

/**
 * Every text-like column of every public table (user_id, email, identifier, contact_email, names,
 * notes, jsonb…): the rows where it holds the user's id or email, in any letter case.
 */
async function cellsHolding(values: { id: string; email: string }) {
  const sql = sqlClient();
  const columns = await sql<{ table_name: string; column_name: string }[]>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json')
    order by c.table_name, c.column_name`;
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await sql.unsafe<{ count: number }[]>(
      `select count(*)::int as count from ${ident(table_name)}
       where position(lower($1) in lower(${ident(column_name)}::text)) > 0
          or position(lower($2) in lower(${ident(column_name)}::text)) > 0`,
      [values.id, values.email],
    );
    if (row!.count > 0) found.push(`${table_name}.${column_name}: ${row!.count}`);
  }
  return { found, columnsChecked: columns.length };
}

describe("account deletion", () => {
  it("removes every row of the user; only pseudonymous audit rows and anonymised reports stay", async () => {
    const a = await populate("del-a");
    const b = await populate("del-b");

    // The sweep must see the tables it is meant to check (a renamed column would empty it).
    const before = await rowsByUserId(a.id);
    for (const table of [
      "accounts",
      "audit_events",
      "calendar_feeds",
      "ce_activities",
      "certificates",
      "correction_reports",
      "custom_milestones",
      "eligibility_milestones",
      "eligibility_profiles",
      "email_tokens",
      "exam_attempts",
      "held_credentials",
      "milestone_events",
      "plans",
      "progress",
      "user_profiles",
      "user_sessions",
      "notification_preferences",
      "reminders",
    ]) {
      expect(before[table], `${table} before deletion`).toBeGreaterThan(0);
    }
    expect((await cellsHolding(a)).found.length).toBeGreaterThan(5);
    const chunksOf = async (userId: string) => {
      const [row] = await sqlClient()<{ count: number }[]>`
        select count(*)::int as count from certificate_chunks
        where certificate_id in (select id from certificates where user_id = ${userId})`;
      return row!.count;
    };
    const aChunkIds = await sqlClient()<{ id: string }[]>`
      select certificate_id as id from certificate_chunks
      where certificate_id in (select id from certificates where user_id = ${a.id})`;
    expect(aChunkIds).toHaveLength(4);
    const bChunks = await chunksOf(b.id);
    const bBefore = await rowsByUserId(b.id);
    const bCellsBefore = await cellsHolding(b);

    expect(await deleteAccount({ userId: a.id, address: "203.0.113.7" })).toBe(true);

    // SWEEP 1: every table with a user_id column holds no row for the user. No exemption: the
    // rows that are kept (audit_events, correction_reports) have user_id set to null.
    const after = await rowsByUserId(a.id);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(
      Object.values(after).every((count) => count === 0),
      JSON.stringify(after),
    ).toBe(true);

    // The certificate chunks carry no user_id (they belong to a certificate): every one of the
    // user's is gone, and no chunk holds the user's bytes; the other user's are all there.
    const [orphans] = await sqlClient()<{ count: number }[]>`
      select count(*)::int as count from certificate_chunks
      where certificate_id = any(${aChunkIds.map((row) => row.id)}::uuid[])
         or position(${Buffer.from(a.marker)}::bytea in data) > 0`;
    expect(orphans!.count).toBe(0);
    expect(await chunksOf(b.id)).toBe(bChunks);

    // SWEEP 2: no text column anywhere (email, identifier, contact_email, names, notes, jsonb…)
    // still holds the user's id or email. No exemption either.
    const sweep = await cellsHolding(a);
    expect(sweep.columnsChecked).toBeGreaterThan(40);
    expect(sweep.found).toEqual([]);

    const sql = sqlClient();
    // Exemption A, rows kept on purpose: the security log. Each row keeps the event, its time,
    // the keyed one-way pseudonym of the user id, and the pseudonym of the client address;
    // user_id is null and no column holds the id, the email or the address.
    const subject = pseudonym(a.id);
    const audit = await sql<Record<string, unknown>[]>`
      select * from audit_events where subject = ${subject} order by created_at`;
    expect(audit.map((row) => row.event)).toEqual([
      "sign_in",
      "sign_in_failure",
      "account_deletion",
    ]);
    for (const row of audit) {
      expect(row.user_id).toBeNull();
      expect(row.subject).not.toBe(a.id);
      const cells = Object.values(row).map((value) => String(value).toLowerCase());
      for (const cell of cells) {
        expect(cell).not.toContain(a.id.toLowerCase());
        expect(cell).not.toContain(a.email.toLowerCase());
        expect(cell).not.toContain("203.0.113.7");
      }
    }

    // Exemption B, rows kept on purpose: correction reports are feedback on the public catalog
    // for the maintainers, not the user's data; their user_id is set null by the foreign key
    // and their contact email (the user's address) is cleared.
    const reports = await sql<{ user_id: string | null; contact_email: string | null }[]>`
      select user_id, contact_email from correction_reports
      where message in ('The fee changed.', 'Typo.') and contact_email is null and user_id is null`;
    expect(reports.length).toBeGreaterThanOrEqual(2);

    // Exemption C: throttle rows are keyed by a keyed hash of the user id (no user_id or email
    // column, so the sweeps above cannot match them); they are left to expire with their window.
    const [throttled] = await sql<{ count: number }[]>`
      select count(*)::int as count from throttle_events
      where bucket = 'delete-account' and key = ${pseudonym(a.id)}`;
    expect(throttled!.count).toBe(1);

    // Auth.js magic-link tokens are keyed by email only: deleted explicitly.
    const [magic] = await sql<{ count: number }[]>`
      select count(*)::int as count from verification_tokens where lower(identifier) = lower(${a.email})`;
    expect(magic!.count).toBe(0);

    // The other user is untouched.
    expect(await rowsByUserId(b.id)).toEqual(bBefore);
    expect((await cellsHolding(b)).found).toEqual(bCellsBefore.found);

    // Deleting again is a no-op.
    expect(await deleteAccount({ userId: a.id })).toBe(false);
  });

  it("sharing: the last owner is refused; memberships and links go; authored sign-offs keep the name only", async () => {
    const sql = sqlClient();
    const person = async (name: string) => {
      const id = crypto.randomUUID();
      const email = `${name.toLowerCase().replaceAll(" ", "-")}-${id.slice(0, 8)}@example.test`;
      await sql`insert into users (id, email, name) values (${id}, ${email}, ${name})`;
      return { id, email };
    };
    const owner = await person("Olive Owner");
    const educator = await person("Edna Reviewer");
    const member = await person("Sam Member");
    const scope = JSON.stringify({
      plans: "all",
      upkeep: true,
      notes: false,
      evidence: false,
      certificates: false,
    });
    const [lab] = await sql<
      { id: string }[]
    >`insert into organizations (name) values ('Lab') returning id`;
    for (const [who, role] of [
      [owner, "owner"],
      [educator, "educator"],
      [member, "member"],
    ] as const) {
      await sql`insert into organization_members (organization_id, user_id, role, scope)
                values (${lab!.id}, ${who.id}, ${role}, ${scope}::jsonb)`;
    }
    await sql`insert into share_links (user_id, token_hash, label, scope, expires_at)
              values (${educator.id}, ${sha256(educator.id)}, 'Mentor', ${scope}::jsonb, now() + interval '1 day')`;
    const [signOff] = await sql<{ id: string }[]>`
      insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title, state,
                             author_id, author_name, confirmed_at)
      values (${member.id}, ${lab!.id}, 'exp-clinical-12-months', '12 months', 'confirmed',
              ${educator.id}, 'Edna Reviewer', now()) returning id`;

    await expect(deleteAccount({ userId: owner.id })).rejects.toThrow(/only owner of Lab/);
    expect(await getUserById(owner.id)).toBeDefined();

    expect(await deleteAccount({ userId: educator.id })).toBe(true);
    const [memberships] = await sql<{ count: number }[]>`
      select count(*)::int as count from organization_members where user_id = ${educator.id}`;
    expect(memberships!.count).toBe(0);
    const [links] = await sql<{ count: number }[]>`
      select count(*)::int as count from share_links where user_id = ${educator.id}`;
    expect(links!.count).toBe(0);
    const [kept] = await sql<{ author_id: string | null; author_name: string; state: string }[]>`
      select author_id, author_name, state from sign_offs where id = ${signOff!.id}`;
    expect(kept).toEqual({ author_id: null, author_name: "Edna Reviewer", state: "confirmed" });
    expect((await cellsHolding(educator)).found).toEqual([]);
  });

  it("deletes by emailed token only for the same user, once, before it expires", async () => {
    const a = await populate("tok-a");
    const b = await populate("tok-b");
    const token = await issueEmailLink({ userId: a.id, email: a.email, purpose: "delete_account" });
    const stored = await getDb().select().from(emailTokens).where(eq(emailTokens.userId, a.id));
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(stored.some((row) => row.tokenHash === sha256(token))).toBe(true);

    // Another signed-in user holding A's link deletes nothing.
    expect(
      await deleteAccountWithToken({ userId: b.id, tokenHash: sha256(token), now: now() }),
    ).toBe(false);
    expect(await getDb().select().from(users).where(eq(users.id, b.id))).toHaveLength(1);
    // Garbage and tokens of another purpose are refused.
    expect(
      await deleteAccountWithToken({ userId: a.id, tokenHash: sha256("x".repeat(43)), now: now() }),
    ).toBe(false);
    expect(
      await deleteAccountWithToken({
        userId: a.id,
        tokenHash: sha256(`verify-${a.marker}`),
        now: now(),
      }),
    ).toBe(false);

    // Expired: refused.
    const expired = await issueEmailLink({
      userId: a.id,
      email: a.email,
      purpose: "delete_account",
    });
    await getDb()
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.tokenHash, sha256(expired)));
    expect(
      await deleteAccountWithToken({ userId: a.id, tokenHash: sha256(expired), now: now() }),
    ).toBe(false);
    expect(await getDb().select().from(users).where(eq(users.id, a.id))).toHaveLength(1);

    // Valid: deletes, once.
    expect(
      await deleteAccountWithToken({ userId: a.id, tokenHash: sha256(token), now: now() }),
    ).toBe(true);
    expect(await getDb().select().from(users).where(eq(users.id, a.id))).toHaveLength(0);
    expect(Object.values(await rowsByUserId(a.id)).every((count) => count === 0)).toBe(true);
    expect(
      await deleteAccountWithToken({ userId: a.id, tokenHash: sha256(token), now: now() }),
    ).toBe(false);
  });

  it("refuses a token issued for an email the account no longer has", async () => {
    const a = await populate("tok-email");
    const token = await issueEmailLink({ userId: a.id, email: a.email, purpose: "delete_account" });
    await getDb()
      .update(users)
      .set({ email: `changed-${a.email}` })
      .where(eq(users.id, a.id));
    expect(
      await deleteAccountWithToken({ userId: a.id, tokenHash: sha256(token), now: now() }),
    ).toBe(false);
    expect(await getDb().select().from(users).where(eq(users.id, a.id))).toHaveLength(1);
  });
});

describe("export", () => {
  it("holds all of the user's data and nothing of another user's, and no secret", async () => {
    const a = await populate("exp-a");
    const b = await populate("exp-b");
    const data = await getAccountExport({ userId: a.id, now: now() });
    expect(data).toBeDefined();
    const json = JSON.stringify(data);

    expect(data!.user).toMatchObject({ id: a.id, email: a.email, hasPassword: true });
    expect(data!.profile?.experienceMonths).toBe(24);
    expect(data!.plans.map((plan) => plan.id)).toEqual([a.planId]);
    expect(data!.plans[0]!.pathSlug).toBe("echocardiographer");
    expect(data!.progress).toHaveLength(1);
    expect(data!.progress[0]).toMatchObject({
      requirementSlug: "ardms-spi",
      status: "done",
      completedDate: "2024-03-15",
      registryNumber: `R-${a.marker}`,
    });
    expect(data!.progress[0]!.requirementName).toEqual(expect.any(String));
    expect(data!.customMilestones.map((row) => row.id)).toEqual([a.customId]);
    expect(
      data!.heldCredentials.map((row) => [row.requirementSlug, row.status, row.endedOn]),
    ).toEqual([
      ["ardms-rdms", "active", null],
      ["cci-rcs", "lapsed", "2022-03-31"],
    ]);
    // The live CE activity only: one deleted awaiting undo is not exported.
    expect(data!.ceActivities.map((row) => row.credits)).toEqual(["1.50"]);
    expect(data!.examAttempts.map((row) => row.result)).toEqual(["failed"]);
    expect(data!.eligibilityProfile?.answers).toEqual({
      experience: { clinical: { general: { fullTimeMonths: 7 } } },
    });
    expect(data!.eligibilityMilestones.map((row) => row.requirementSlug)).toEqual([
      "exp-clinical-12-months",
    ]);
    expect(data!.milestoneEvents).toHaveLength(2);
    expect(data!.calendarFeed.enabled).toBe(true);
    expect(data!.sessions).toHaveLength(2);
    expect(data!.sessions.filter((session) => session.revokedAt !== null)).toHaveLength(1);
    expect(data!.auditEvents.map((event) => event.event)).toEqual(["sign_in", "sign_in_failure"]);
    expect(Object.keys(data!.auditEvents[0]!).sort()).toEqual(["createdAt", "event"]);
    expect(data!.linkedAccounts).toEqual([
      { provider: "github", type: "oauth", providerAccountId: `gh-${a.marker}` },
    ]);
    expect(data!.correctionReports).toHaveLength(1);

    // Nothing of B's.
    for (const value of [b.id, b.email, b.marker, b.planId, b.customId]) {
      expect(json).not.toContain(value);
    }
    // No secret or hash of A's.
    for (const value of [a.passwordHash, a.calendarHash, a.emailTokenHash, a.accessToken]) {
      expect(json).not.toContain(value);
    }
    expect(json).not.toContain("refresh-");
    expect(json).not.toContain("passwordHash");
    expect(json).not.toContain("tokenHash");
    expect(json).not.toContain("addressHash");
    expect(json).not.toContain(pseudonym(a.id));

    expect(await getAccountExport({ userId: crypto.randomUUID(), now: now() })).toBeUndefined();
  });

  it("writes the user's milestones as CSV, custom ones with their plan's path", async () => {
    const a = await populate("csv-a");
    const b = await populate("csv-b");
    const csv = await milestonesCsv((await getUserById(a.id))!);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "kind,plan_path,requirement_slug,name,status,target_date,exam_date,completed_date," +
        "registry_number,score,certificate,link,notes,updated_at",
    );
    expect(csv).toContain(`requirement,,ardms-spi,`);
    expect(csv).toContain(`,done,,,2024-03-15,R-${a.marker},,,,`);
    // The formula in the notes is neutralised and the quotes doubled.
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""${a.marker}"""`);
    // A multi-line note stays one quoted cell.
    expect(csv).toContain(`custom,echocardiographer,,Custom ${a.marker},planned,`);
    expect(csv).toContain(`"line one\nline two"`);
    expect(csv).not.toContain(b.marker);
  });

  it("builds CSV rows from plain records (the pure part)", () => {
    const now = new Date("2025-01-02T03:04:05Z");
    const csv = buildMilestonesCsv({
      progress: [
        {
          id: "p",
          userId: "u",
          requirementSlug: "ardms-spi",
          status: "scheduled",
          targetDate: null,
          examDate: "2025-02-01",
          completedDate: null,
          registryNumber: null,
          score: "+700",
          certificateRef: "@cert",
          evidenceUrl: "https://example.test/a,b",
          notes: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        },
      ],
      custom: [],
      statusOf: (slug) => (slug === "ardms-spi" ? "scheduled" : "not_started"),
    });
    const row = csv.split("\r\n")[1]!;
    expect(row).toMatch(/^requirement,,ardms-spi,[^,]+,scheduled,,2025-02-01,,,'\+700,'@cert,/);
    expect(row).toContain(`"https://example.test/a,b",,2025-01-02T03:04:05.000Z`);
  });
});
