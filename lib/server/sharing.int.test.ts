import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// Every statement the data layer sends is appended here (db/capture.ts), to count them per page.
const CAPTURE = `bench-results/int-sharing-${process.pid}.jsonl`;
vi.hoisted(() => {
  process.env.BENCH_CAPTURE_SQL = `bench-results/int-sharing-${process.pid}.jsonl`;
});

// The folder is git-ignored: a fresh checkout has none.
mkdirSync("bench-results", { recursive: true });
const { closeDb, sqlClient } = await import("@/db");
const organizations = await import("@/db/queries/organizations");
const progressQueries = await import("@/db/queries/progress");
const signOffQueries = await import("@/db/queries/sign-offs");
const teams = await import("@/lib/server/loaders/teams");
const summaries = await import("@/lib/server/sharing/summary");
const { getUserById } = await import("@/db/queries/users");

afterAll(async () => {
  await closeDb();
  if (existsSync(CAPTURE)) rmSync(CAPTURE);
});

function statementsSince(start: number): number {
  const file = path.resolve(CAPTURE);
  if (!existsSync(file)) return 0;
  return readFileSync(file, "utf8").split("\n").filter(Boolean).length - start;
}

async function createUserRow(label: string): Promise<string> {
  const sql = sqlClient();
  const [row] = await sql<{ id: string }[]>`
    insert into users (id, email, name, email_verified)
    values (${crypto.randomUUID()}, ${`${label}-${crypto.randomUUID()}@example.test`}, ${label}, now())
    returning id`;
  return row!.id;
}

const ALL = { plans: "all", upkeep: true, notes: false, evidence: false, certificates: false };
const NOTHING = {
  plans: "none",
  upkeep: false,
  notes: false,
  evidence: false,
  certificates: false,
};

describe("the team readiness view", () => {
  it("reads a page of 50 members with the same number of statements for 60 members as for 120", async () => {
    const sql = sqlClient();
    const measure = async (size: number) => {
      const managerId = await createUserRow("manager");
      const organization = await organizations.createOrganization({
        userId: managerId,
        name: `Lab ${size}`,
      });
      for (let i = 0; i < size; i++) {
        const id = await createUserRow(`member${i}`);
        await sql`insert into plans (user_id, path_slug, is_primary) values (${id}, 'echocardiographer', true)`;
        await sql`insert into organization_members (organization_id, user_id, role, scope)
                  values (${organization.id}, ${id}, 'member', ${JSON.stringify(i % 3 ? ALL : NOTHING)}::jsonb)`;
        await summaries.rebuildMemberSummary(id);
      }
      const manager = (await getUserById(managerId))!;
      const start = statementsSince(0);
      const page = await teams.loadTeamPage(manager, organization.id, {
        filter: "all",
        credential: null,
        sort: "name",
        page: 1,
      });
      expect(page.team!.rows).toHaveLength(50);
      expect(page.team!.total).toBe(size + 1);
      // Members sharing nothing appear as "not shared", never with data.
      expect(page.team!.rows.filter((row) => row.readiness === null).length).toBeGreaterThan(0);
      const statements = statementsSince(start);

      // Every member on exactly one page; a page past the end shows the last one.
      const filters = { filter: "all", credential: null, sort: "name" } as const;
      const pageCount = Math.ceil((size + 1) / teams.TEAM_PAGE_SIZE);
      expect(page.team).toMatchObject({ page: 1, pageCount, matching: size + 1 });
      const shown = page.team!.rows.map((row) => row.userId);
      for (let next = 2; next <= pageCount; next++) {
        const more = await teams.loadTeamPage(manager, organization.id, { ...filters, page: next });
        expect(more.team).toMatchObject({ page: next, pageCount });
        shown.push(...more.team!.rows.map((row) => row.userId));
      }
      expect(shown).toHaveLength(size + 1);
      expect(new Set(shown).size).toBe(size + 1);
      const past = await teams.loadTeamPage(manager, organization.id, { ...filters, page: 99 });
      expect(past.team).toMatchObject({ page: pageCount, pageCount });
      expect(past.team!.rows).toHaveLength(
        (size + 1) % teams.TEAM_PAGE_SIZE || teams.TEAM_PAGE_SIZE,
      );
      return statements;
    };
    const small = await measure(60);
    const large = await measure(120);
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(7);
  });

  it("shows nothing to a member, a stranger or a former member; only the shared scope to a viewer", async () => {
    const ownerId = await createUserRow("owner");
    const memberId = await createUserRow("member");
    const strangerId = await createUserRow("stranger");
    const organization = await organizations.createOrganization({ userId: ownerId, name: "Lab" });
    const sql = sqlClient();
    await sql`insert into organization_members (organization_id, user_id, role, scope)
              values (${organization.id}, ${memberId}, 'member', ${JSON.stringify({ ...ALL, upkeep: false })}::jsonb)`;
    const visible = await organizations.memberDataVisibleTo({
      viewerId: ownerId,
      memberId,
      organizationId: organization.id,
    });
    expect(visible?.upkeep).toBe(false);
    expect(
      await organizations.memberDataVisibleTo({
        viewerId: memberId,
        memberId: ownerId,
        organizationId: organization.id,
      }),
    ).toBeNull();
    expect(
      await organizations.listTeamRowsForViewer({
        viewerId: strangerId,
        organizationId: organization.id,
      }),
    ).toEqual([]);
    await organizations.removeMembership({ userId: memberId, organizationId: organization.id });
    const rows = await organizations.listTeamRowsForViewer({
      viewerId: ownerId,
      organizationId: organization.id,
    });
    expect(rows.map((row) => row.userId)).toEqual([ownerId]);
    // The last owner cannot leave.
    await expect(
      organizations.removeMembership({ userId: ownerId, organizationId: organization.id }),
    ).rejects.toThrow(/always has an owner/);
  });
});

describe("the cost of a write for the team summary", () => {
  it("is one indexed lookup for someone in no organization: no engine, no job", async () => {
    const id = await createUserRow("loner");
    const start = statementsSince(0);
    await summaries.queueMemberSummary({ id });
    expect(statementsSince(start)).toBe(1);
  });
});

describe("sign-off", () => {
  it("is confirmed by an educator, recorded in history, and voided by a change of dates", async () => {
    const educatorId = await createUserRow("Edna");
    const memberId = await createUserRow("Sam");
    const organization = await organizations.createOrganization({
      userId: educatorId,
      name: "Lab",
    });
    const sql = sqlClient();
    await sql`insert into organization_members (organization_id, user_id, role, scope)
              values (${organization.id}, ${memberId}, 'member', ${JSON.stringify(ALL)}::jsonb)`;
    const saved = await progressQueries.saveProgress({
      userId: memberId,
      requirementSlug: "exp-clinical-12-months",
      expectedVersion: 0,
      changes: { status: "in_progress", targetDate: "2027-01-01" },
      now: new Date(),
    });
    const request = await signOffQueries.requestSignOff({
      userId: memberId,
      organizationId: organization.id,
      ref: { requirementSlug: "exp-clinical-12-months" },
      title: "12 months",
      now: new Date(),
    });
    // The member cannot confirm their own request.
    await expect(
      signOffQueries.confirmSignOff({
        viewerId: memberId,
        viewerName: "Sam",
        organizationId: organization.id,
        signOffId: request.id,
        comment: null,
        now: new Date(),
      }),
    ).rejects.toThrow(/couldn't find/);
    await signOffQueries.confirmSignOff({
      viewerId: educatorId,
      viewerName: "Edna",
      organizationId: organization.id,
      signOffId: request.id,
      comment: "Seen",
      now: new Date(),
    });
    // Notes alone leave it standing; a date change voids it.
    await progressQueries.saveProgress({
      userId: memberId,
      requirementSlug: "exp-clinical-12-months",
      expectedVersion: saved.version,
      changes: { notes: "rota attached" },
      now: new Date(),
    });
    expect((await signOffQueries.listLiveSignOffsByUser(memberId))[0]?.state).toBe("confirmed");
    await progressQueries.saveProgress({
      userId: memberId,
      requirementSlug: "exp-clinical-12-months",
      expectedVersion: saved.version + 1,
      changes: { targetDate: "2027-02-01" },
      now: new Date(),
    });
    expect(await signOffQueries.listLiveSignOffsByUser(memberId)).toEqual([]);
    const history = await sql<{ old_value: string | null; new_value: string }[]>`
      select old_value, new_value from milestone_events
      where user_id = ${memberId} and field = 'sign_off' order by created_at, new_value`;
    expect(history.map((row) => row.new_value)).toEqual([
      "sign-off requested",
      "confirmed by Edna: Seen",
      "voided: dates changed",
    ]);
    // Deleting the author keeps their display name only.
    await sql`delete from users where id = ${educatorId}`;
    const [kept] = await sql<{ author_id: string | null; author_name: string }[]>`
      select author_id, author_name from sign_offs where id = ${request.id}`;
    expect(kept).toEqual({ author_id: null, author_name: "Edna" });
  });
});
