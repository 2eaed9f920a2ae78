/**
 * Seed helpers for the sharing specs: organizations, memberships, invitations, share links,
 * sign-offs and team summaries written straight to the e2e database, so that each test drives
 * through the browser only the step it is about.
 */
import { createHash, randomBytes } from "node:crypto";
import { E2E_NOW } from "./clock";
import { e2eDb, type TestUser } from "./data";

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
