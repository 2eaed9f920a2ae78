/**
 * One row of every kind an action or route can name, for a user: a primary plan with progress
 * and a custom milestone, a calendar feed, a CE activity with a certificate file, a held
 * credential, an eligibility profile and an added eligibility milestone, a linked sign-in
 * provider, an organization the user owns (with an invitation, a pending and a confirmed
 * sign-off) and a share link. The access-control
 * matrix and the fuzz test aim at these rows (the owner's, and another user's).
 */
import type postgres from "postgres";

export interface World {
  planId: string;
  customMilestoneId: string;
  ceActivityId: string;
  heldSpellId: string;
  eligibilityMilestoneId: string;
  certificateId: string;
  organizationId: string;
  invitationId: string;
  signOffId: string;
  confirmedSignOffId: string;
  shareLinkId: string;
}

export async function seedWorld(sql: postgres.Sql, userId: string): Promise<World> {
  const [plan] = await sql<{ id: string }[]>`
    insert into plans (user_id, path_slug, is_primary, version) values (${userId}, 'echocardiographer', true, 1) returning id`;
  await sql`insert into progress (user_id, requirement_slug, status, completed_date, version)
            values (${userId}, 'ardms-spi', 'done', '2024-03-15', 1)`;
  const [custom] = await sql<{ id: string }[]>`
    insert into custom_milestones (user_id, plan_id, title, version) values (${userId}, ${plan!.id}, 'Mine', 1) returning id`;
  await sql`insert into calendar_feeds (user_id, token_hash) values (${userId}, ${`hash-${userId}`})`;
  const [activity] = await sql<{ id: string }[]>`
    insert into ce_activities (user_id, completed_on, title, provider, credits, category)
    values (${userId}, '2025-05-01', 'Mine', 'SDMS', 1.5, 'cardiovascular') returning id`;
  const [spell] = await sql<{ id: string }[]>`
    insert into held_credentials (user_id, requirement_slug, earned_on)
    values (${userId}, 'cci-rcs', '2024-09-20') returning id`;
  await sql`insert into eligibility_profiles (user_id, answers)
            values (${userId}, ${sql.json({ experience: { imagingProfessionalMonths: 30 } })})`;
  const [added] = await sql<{ id: string }[]>`
    insert into eligibility_milestones (user_id, requirement_slug, target_slug)
    values (${userId}, 'exp-clinical-12-months', 'ardms-ab') returning id`;
  const [certificate] = await sql<{ id: string }[]>`
    insert into certificates (user_id, ce_activity_id, file_name, media_type, byte_size)
    values (${userId}, ${activity!.id}, 'fetal-echo.pdf', 'application/pdf', 9)
    returning id`;
  await sql`insert into certificate_chunks (certificate_id, seq, data)
            values (${certificate!.id}, 0, ${Buffer.from("%PDF-1.4\n")})`;
  // A linked sign-in method, so that unlinking is tried on another user's account too.
  await sql`insert into accounts (user_id, type, provider, provider_account_id)
            values (${userId}, 'oauth', 'github', ${`gh-${userId}`})`;
  const [organization] = await sql<{ id: string }[]>`
    insert into organizations (name) values ('Owner lab') returning id`;
  await sql`insert into organization_members (organization_id, user_id, role, scope)
            values (${organization!.id}, ${userId}, 'owner',
                    ${sql.json({ plans: "all", upkeep: true, notes: false, evidence: false, certificates: false })})`;
  const [invitation] = await sql<{ id: string }[]>`
    insert into organization_invitations (organization_id, email, role, token_hash, invited_by, expires_at)
    values (${organization!.id}, 'invitee@example.test', 'member', ${`inv-${userId}`}, ${userId},
            now() + interval '7 days') returning id`;
  const [signOff] = await sql<{ id: string }[]>`
    insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title)
    values (${userId}, ${organization!.id}, 'exp-clinical-12-months', '12 months') returning id`;
  // A confirmation the user authored (only its author may withdraw it).
  const [confirmed] = await sql<{ id: string }[]>`
    insert into sign_offs (user_id, organization_id, requirement_slug, milestone_title, state,
                           author_id, author_name, confirmed_at)
    values (${userId}, ${organization!.id}, 'exp-cardiac-600-studies', '600 studies', 'confirmed',
            ${userId}, 'Owner', now()) returning id`;
  const [link] = await sql<{ id: string }[]>`
    insert into share_links (user_id, token_hash, label, scope, expires_at)
    values (${userId}, ${`link-${userId}`}, 'Mentor',
            ${sql.json({ plans: "all", upkeep: true, notes: false, evidence: false, certificates: true })},
            now() + interval '30 days') returning id`;
  return {
    organizationId: organization!.id,
    invitationId: invitation!.id,
    signOffId: signOff!.id,
    confirmedSignOffId: confirmed!.id,
    shareLinkId: link!.id,
    planId: plan!.id,
    customMilestoneId: custom!.id,
    ceActivityId: activity!.id,
    heldSpellId: spell!.id,
    eligibilityMilestoneId: added!.id,
    certificateId: certificate!.id,
  };
}
