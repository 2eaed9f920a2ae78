/**
 * Seed helpers for the sharing specs: organizations, memberships, invitations, share links,
 * sign-offs and team summaries written straight to the e2e database, so that each test drives
 * through the browser only the step it is about.
 */
import { createHash, randomBytes } from "node:crypto";
import { E2E_NOW } from "./clock";
import { createUser, e2eDb, seedCeActivity, seedHeldCredential, type TestUser } from "./data";

export interface Scope {
  plans: "all" | "none" | string[];
  upkeep: boolean;
  notes: boolean;
  evidence: boolean;
  certificates: boolean;
}

export const SHARES_ALL: Scope = {
  plans: "all",
  upkeep: true,
  notes: false,
  evidence: false,
  certificates: false,
};
export const SHARES_NOTHING: Scope = { ...SHARES_ALL, plans: "none", upkeep: false };

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(new Date(E2E_NOW).getTime() + days * DAY_MS);

/** A token as the app issues one (lib/server/tokens.ts): random, stored as its SHA-256. */
function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: createHash("sha256").update(token).digest("hex") };
}

/** An organization with `owner` as its owner (sharing nothing); returns its id. */
export async function seedOrganization(name: string, owner: Pick<TestUser, "id">) {
  const sql = e2eDb();
  const [organization] = await sql<{ id: string }[]>`
    insert into organizations (name) values (${name}) returning id`;
  await seedMembership(organization!.id, owner, "owner", SHARES_NOTHING);
  return organization!.id;
}

export async function seedMembership(
  organizationId: string,
  user: Pick<TestUser, "id">,
  role: "owner" | "manager" | "educator" | "member",
  scope: Scope,
) {
  await e2eDb()`
    insert into organization_members (organization_id, user_id, role, scope)
    values (${organizationId}, ${user.id}, ${role}, ${e2eDb().json(scope as never)})`;
}

/**
 * The summary the team view reads (lib/sharing/summary.ts's shape), as the member-summary job
 * would write it for a member with one echo plan and an ARDMS cycle.
 */
export async function seedSummary(user: Pick<TestUser, "id">, planId: string) {
  const summary = {
    plans: [
      {
        planId,
        title: "Echocardiographer",
        percent: 25,
        dated: [
          {
            title: "12 months of full-time clinical ultrasound work",
            status: "in_progress",
            targetDate: "2027-01-15",
            examDate: null,
          },
        ],
        windows: [],
      },
    ],
    cycles: [
      { body: "ARDMS", status: "on_track", label: "On track", missing: null, due: "2027-12-31" },
    ],
    credentials: ["RDMS"],
  };
  await e2eDb()`
    insert into member_summaries (user_id, summary) values (${user.id}, ${e2eDb().json(summary)})
    on conflict (user_id) do update set summary = excluded.summary`;
}

/** A live invitation (7 days) to `email`; returns the token its link carries. */
export async function seedInvitation(
  organizationId: string,
  email: string,
  role: "manager" | "educator" | "member",
  inviter: Pick<TestUser, "id">,
): Promise<string> {
  const { token, tokenHash } = newToken();
  await e2eDb()`
    insert into organization_invitations
      (organization_id, email, role, token_hash, invited_by, expires_at)
    values (${organizationId}, ${email.toLowerCase()}, ${role}, ${tokenHash}, ${inviter.id},
            ${daysFromNow(7)})`;
  return token;
}

/** A live share link (30 days) of `owner`'s; returns its token. */
export async function seedShareLink(
  owner: Pick<TestUser, "id">,
  label: string,
  scope: Scope = SHARES_ALL,
): Promise<string> {
  const { token, tokenHash } = newToken();
  await e2eDb()`
    insert into share_links (user_id, token_hash, label, scope, expires_at)
    values (${owner.id}, ${tokenHash}, ${label}, ${e2eDb().json(scope as never)}, ${daysFromNow(30)})`;
  return token;
}

/**
 * A sign-off of a catalog milestone, requested (or already confirmed by `author`), with the
 * history rows the app writes for it; returns its id.
 */
export async function seedSignOff(input: {
  member: Pick<TestUser, "id">;
  organizationId: string;
  requirementSlug: string;
  title: string;
  confirmedBy?: Pick<TestUser, "id" | "name">;
}): Promise<string> {
  const sql = e2eDb();
  const confirmed = input.confirmedBy;
  const [row] = await sql<{ id: string }[]>`
    insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title, state,
                           author_id, author_name, confirmed_at)
    values (${input.member.id}, ${input.organizationId}, ${input.requirementSlug}, ${input.title},
            ${confirmed ? "confirmed" : "requested"}, ${confirmed?.id ?? null},
            ${confirmed?.name ?? null}, ${confirmed ? new Date(E2E_NOW) : null})
    returning id`;
  await sql`
    insert into milestone_events (user_id, requirement_slug, field, old_value, new_value)
    values (${input.member.id}, ${input.requirementSlug}, 'sign_off', null, 'sign-off requested')`;
  if (confirmed) {
    await sql`
      insert into milestone_events (user_id, requirement_slug, field, old_value, new_value)
      values (${input.member.id}, ${input.requirementSlug}, 'sign_off', 'sign-off requested',
              ${`confirmed by ${confirmed.name}`})`;
  }
  return row!.id;
}

/** A sonographer with an echo plan (12 months of clinical experience chosen) and a held RDMS. */
export async function seedSonographer(user: TestUser): Promise<string> {
  const sql = e2eDb();
  const [plan] = await sql<{ id: string }[]>`
    insert into plans (user_id, path_slug, is_primary, picks)
    values (${user.id}, 'echocardiographer', true,
            ${sql.json({ "echocardiographer-eligibility": "exp-clinical-12-months" })})
    returning id`;
  await sql`insert into progress (user_id, requirement_slug, status, target_date)
            values (${user.id}, 'exp-clinical-12-months', 'in_progress', '2027-01-15')`;
  await seedHeldCredential(user, "ardms-rdms", "2024-02-10");
  await seedCeActivity(user, {
    completedOn: "2025-05-01",
    title: "Fetal echo update",
    provider: "SDMS",
    credits: "4",
    category: "general",
  });
  return plan!.id;
}

/** Echo Lab: a manager (owner), an educator, and Sam First sharing everything (summary seeded). */
export async function seedEchoLab() {
  const manager = await createUser({ name: "Maya Manager" });
  const educator = await createUser({ name: "Edna Educator" });
  const first = await createUser({ name: "Sam First" });
  const planId = await seedSonographer(first);
  const organizationId = await seedOrganization("Echo Lab", manager);
  await seedMembership(organizationId, educator, "educator", SHARES_NOTHING);
  await seedMembership(organizationId, first, "member", SHARES_ALL);
  await seedSummary(first, planId);
  return { manager, educator, first, planId, organizationId, teamUrl: `/teams/${organizationId}` };
}

/**
 * Every part of the sharing pages at once, for layout and accessibility checks: `viewer` owns
 * Echo Lab, where Sam First shares everything and Noor Second nothing; a sign-off request waits,
 * one the viewer confirmed can be withdrawn, an invitation is pending, and the viewer and Sam
 * each have a live share link. Returns the team page's path and Sam's link's token.
 */
export async function seedSharingWorld(viewer: TestUser) {
  await seedSonographer(viewer);
  const first = await createUser({ name: "Sam First" });
  const second = await createUser({ name: "Noor Second" });
  const planId = await seedSonographer(first);
  const organizationId = await seedOrganization("Echo Lab", viewer);
  await seedMembership(organizationId, first, "member", SHARES_ALL);
  await seedMembership(organizationId, second, "member", SHARES_NOTHING);
  await seedSummary(first, planId);
  await seedSignOff({
    member: first,
    organizationId,
    requirementSlug: "exp-clinical-12-months",
    title: "12 months of full-time clinical ultrasound work",
  });
  await seedSignOff({
    member: second,
    organizationId,
    requirementSlug: "exp-cardiac-600-studies",
    title: "600 cardiac studies",
    confirmedBy: viewer,
  });
  await seedInvitation(organizationId, "invitee@example.test", "educator", viewer);
  await seedShareLink(viewer, "My mentor");
  const shareToken = await seedShareLink(first, "Clinical lead", {
    ...SHARES_ALL,
    notes: true,
    evidence: true,
  });
  return { teamUrl: `/teams/${organizationId}`, shareToken };
}
