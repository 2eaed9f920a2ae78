/**
 * Issue 14 against Postgres: the invitation throttles (per inviter, per organization), the
 * member summary's job (writes only queue it, and only for people in an organization; a burst
 * coalesces), and data isolation (nothing unshared is visible, and sharing stops at once).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const app = {} as {
  db: typeof import("@/db");
  boss: typeof import("@/lib/server/jobs/boss");
  queues: typeof import("@/lib/server/jobs/queues");
  organizations: typeof import("@/db/queries/organizations");
  summaries: typeof import("@/lib/server/sharing/summary");
  invitations: typeof import("@/lib/server/sharing/invitations");
  teams: typeof import("@/lib/server/loaders/teams");
  signOffs: typeof import("@/db/queries/sign-offs");
  users: typeof import("@/db/queries/users");
  errors: typeof import("@/lib/errors");
};

beforeAll(async () => {
  app.db = await import("@/db");
  app.boss = await import("@/lib/server/jobs/boss");
  app.queues = await import("@/lib/server/jobs/queues");
  app.organizations = await import("@/db/queries/organizations");
  app.summaries = await import("@/lib/server/sharing/summary");
  app.invitations = await import("@/lib/server/sharing/invitations");
  app.teams = await import("@/lib/server/loaders/teams");
  app.signOffs = await import("@/db/queries/sign-offs");
  app.users = await import("@/db/queries/users");
  app.errors = await import("@/lib/errors");
  // Enqueue only: no worker here, so the queued jobs can be counted.
  await app.boss.startJobs({ databaseUrl: process.env.DATABASE_URL });
}, 60_000);

afterAll(async () => {
  await app.boss?.stopJobs();
  await app.db?.closeDb();
});

const ALL = { plans: "all", upkeep: true, notes: false, evidence: false, certificates: false };
const NOTHING = { ...ALL, plans: "none", upkeep: false };

async function createUserRow(label: string): Promise<string> {
  const [row] = await app.db.sqlClient()<{ id: string }[]>`
    insert into users (id, email, name, email_verified)
    values (${randomUUID()}, ${`${label}-${randomUUID()}@example.test`}, ${label}, now())
    returning id`;
  return row!.id;
}

async function addMember(organizationId: string, userId: string, role: string, scope: object) {
  await app.db.sqlClient()`
    insert into organization_members (organization_id, user_id, role, scope)
    values (${organizationId}, ${userId}, ${role}, ${JSON.stringify(scope)}::jsonb)`;
}

async function setScope(organizationId: string, userId: string, scope: object) {
  await app.organizations.updateMemberScope({
    organizationId,
    userId,
    scope: scope as Parameters<typeof app.organizations.updateMemberScope>[0]["scope"],
  });
}

const FILTERS = { filter: "all", credential: null, sort: "name", page: 1 } as const;

async function invite(inviterId: string, organizationId: string): Promise<"ok" | "limited"> {
  try {
    await app.invitations.reserveInvitation(inviterId, organizationId);
    return "ok";
  } catch (error) {
    if (error instanceof app.errors.RateLimited) return "limited";
    throw error;
  }
}

describe("invitation throttles", () => {
  it("refuses an inviter's 21st invitation in an hour, in any of their organizations", async () => {
    const inviter = randomUUID();
    const [labA, labB] = [randomUUID(), randomUUID()];
    const results: string[] = [];
    for (let i = 0; i < 20; i++) results.push(await invite(inviter, labA));
    expect(results).toEqual(Array(20).fill("ok"));
    expect(await invite(inviter, labA)).toBe("limited");
    // The limit is the inviter's: another organization of theirs is refused too…
    expect(await invite(inviter, labB)).toBe("limited");
    // …while another inviter of the same organization is not.
    expect(await invite(randomUUID(), labA)).toBe("ok");
  });

  it("refuses an organization's 51st invitation in an hour, whoever sends it", async () => {
    const lab = randomUUID();
    const inviters = [randomUUID(), randomUUID(), randomUUID()];
    let sent = 0;
    for (const inviter of inviters) {
      for (let i = 0; i < 17; i++) if ((await invite(inviter, lab)) === "ok") sent++;
    }
    // 3 × 17 = 51 tries, each inviter under their own limit: the organization's 50 went through.
    expect(sent).toBe(50);
    // A fresh inviter in this organization is refused; in another organization they are not.
    const fresh = randomUUID();
    expect(await invite(fresh, lab)).toBe("limited");
    expect(await invite(fresh, randomUUID())).toBe("ok");
  });
});

describe("the member summary on the job queue", () => {
  async function queued(userId: string): Promise<number> {
    const [row] = await app.db.sqlClient()<{ count: number }[]>`
      select count(*)::int as count from pgboss.job
      where name = ${app.queues.QUEUES.memberSummary} and singleton_key = ${userId}`;
    return row!.count;
  }

  it("is not queued for someone in no organization", async () => {
    const loner = await createUserRow("loner");
    await app.summaries.queueMemberSummary({ id: loner });
    expect(await queued(loner)).toBe(0);
  });

  it("coalesces a burst of writes into one waiting job per member, which builds the summary", async () => {
    const owner = await createUserRow("owner");
    const member = await createUserRow("member");
    const lab = await app.organizations.createOrganization({ userId: owner, name: "Queue Lab" });
    await addMember(lab.id, member, "member", ALL);
    await app.db.sqlClient()`
      insert into plans (user_id, path_slug, is_primary) values (${member}, 'echocardiographer', true)`;
    for (let i = 0; i < 5; i++) await app.summaries.queueMemberSummary({ id: member });
    expect(await queued(member)).toBe(1);
    // The job's work (what the worker runs): the summary the team view reads.
    const { jobHandlers } = await import("@/lib/server/jobs/handlers");
    await jobHandlers[app.queues.QUEUES.memberSummary](
      { userId: member },
      {
        id: "test",
        retryCount: 0,
        retryLimit: 1,
      },
    );
    const viewer = (await app.users.getUserById(owner))!;
    const { rows } = await app.teams.loadTeamRows(viewer, lab.id, FILTERS);
    const row = rows.find((r) => r.userId === member);
    expect(row?.readiness?.plans.map((plan) => plan.title)).toEqual(["Echocardiographer"]);
  });
});

describe("data isolation", () => {
  it("shows another organization nothing, and a viewer only what is shared, until it stops", async () => {
    const manager = await createUserRow("manager");
    const otherManager = await createUserRow("other-manager");
    const member = await createUserRow("member");
    const lab = await app.organizations.createOrganization({ userId: manager, name: "Echo Lab" });
    const other = await app.organizations.createOrganization({
      userId: otherManager,
      name: "Other Lab",
    });
    const sql = app.db.sqlClient();
    const [echo] = await sql<{ id: string }[]>`
      insert into plans (user_id, path_slug, is_primary) values (${member}, 'echocardiographer', true)
      returning id`;
    await sql`insert into plans (user_id, path_slug, is_primary)
              values (${member}, 'clinical-educator', false)`;
    // The member shares one plan (not the other, not upkeep) with Echo Lab only.
    await addMember(lab.id, member, "member", { ...NOTHING, plans: [echo!.id] });
    await app.summaries.rebuildMemberSummary(member);
    const managerUser = (await app.users.getUserById(manager))!;
    const otherUser = (await app.users.getUserById(otherManager))!;

    const rowOf = async () =>
      (await app.teams.loadTeamRows(managerUser, lab.id, FILTERS)).rows.find(
        (r) => r.userId === member,
      );
    const shared = await rowOf();
    expect(shared?.readiness?.plans.map((plan) => plan.title)).toEqual(["Echocardiographer"]);
    expect(shared?.readiness?.cycles).toEqual([]);
    expect(shared?.readiness?.credentials).toEqual([]);

    // Another organization's manager: no page, no rows, no scope, no sign-off requests.
    await expect(app.teams.loadTeamPage(otherUser, lab.id, FILTERS)).rejects.toBeInstanceOf(
      app.errors.AppError,
    );
    expect(
      await app.organizations.listTeamRowsForViewer({
        viewerId: otherManager,
        organizationId: lab.id,
      }),
    ).toEqual([]);
    expect(
      await app.organizations.memberDataVisibleTo({
        viewerId: otherManager,
        memberId: member,
        organizationId: other.id,
      }),
    ).toBeNull();
    await app.signOffs.requestSignOff({
      userId: member,
      organizationId: lab.id,
      ref: { requirementSlug: "exp-clinical-12-months" },
      title: "12 months",
      now: new Date(),
    });
    expect(
      await app.signOffs.listSignOffRequestsForViewer({
        viewerId: otherManager,
        organizationId: lab.id,
      }),
    ).toEqual([]);

    // Sharing stops: the very next read shows "not shared", with no rebuild of the summary.
    await setScope(lab.id, member, NOTHING);
    expect((await rowOf())?.readiness).toBeNull();
    // Sharing again, then leaving: the row is gone, and so is the waiting request.
    await setScope(lab.id, member, ALL);
    expect((await rowOf())?.readiness?.plans).toHaveLength(2);
    expect(
      await app.signOffs.listSignOffRequestsForViewer({
        viewerId: manager,
        organizationId: lab.id,
      }),
    ).toHaveLength(1);
    await app.organizations.removeMembership({ userId: member, organizationId: lab.id });
    expect(await rowOf()).toBeUndefined();
    expect(
      await app.organizations.memberDataVisibleTo({
        viewerId: manager,
        memberId: member,
        organizationId: lab.id,
      }),
    ).toBeNull();
    expect(
      await app.signOffs.listSignOffRequestsForViewer({
        viewerId: manager,
        organizationId: lab.id,
      }),
    ).toEqual([]);
  });
});
