/**
 * Issue 14's readiness view at scale: an organization of 200 members (the typical measured user
 * is its owner; 199 seeded users join), three in four sharing all plans and upkeep, the rest
 * nothing. Each member's summary row (member_summaries) is written in the shape
 * lib/sharing/summary.ts computes (set-based SQL: the engines run in the app, not here), so the
 * page reads exactly what it reads in production: one page of 50 rows in a bounded set of queries.
 */
import postgres from "postgres";

export const TEAM_SIZE = 200;

export async function seedTeam(url: string, ownerId: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [organization] = await sql<{ id: string }[]>`
      insert into organizations (name) values ('Bench Echo Lab') returning id`;
    const orgId = organization!.id;
    const all = { plans: "all", upkeep: true, notes: false, evidence: false, certificates: false };
    const nothing = { ...all, plans: "none", upkeep: false };
    await sql`
      insert into organization_members (organization_id, user_id, role, scope)
      values (${orgId}, ${ownerId}, 'owner', ${sql.json(all)})`;
    await sql`
      insert into organization_members (organization_id, user_id, role, scope)
      select ${orgId}, id, 'member',
             case when n % 4 = 0 then ${sql.json(nothing)}::jsonb else ${sql.json(all)}::jsonb end
      from (select id, row_number() over (order by id) as n from users
            where id <> ${ownerId} and email not like 'bench-%' order by id limit ${TEAM_SIZE - 1}) u`;
    await sql`
      insert into member_summaries (user_id, summary)
      select m.user_id, jsonb_build_object(
        'plans', (select coalesce(jsonb_agg(jsonb_build_object(
            'planId', p.id, 'title', 'Echocardiographer', 'percent', (abs(hashtext(p.id::text)) % 100),
            'dated', (select jsonb_agg(jsonb_build_object(
                'title', 'Milestone ' || k, 'status', 'planned',
                'targetDate', to_char(current_date + (k * 37 - 60), 'YYYY-MM-DD'),
                'examDate', null)) from generate_series(1, 8) k),
            'windows', jsonb_build_array(jsonb_build_object(
                'credential', 'RDCS', 'deadline', to_char(current_date + 900, 'YYYY-MM-DD'))))), '[]'::jsonb)
          from plans p where p.user_id = m.user_id),
        'cycles', jsonb_build_array(jsonb_build_object(
            'body', 'ARDMS', 'status', case when abs(hashtext(m.user_id)) % 3 = 0 then 'behind' else 'on_track' end,
            'label', case when abs(hashtext(m.user_id)) % 3 = 0 then 'Behind' else 'On track' end,
            'missing', 'Earn 12 more CMEs for ARDMS by Dec 31, 2027.',
            'due', to_char(current_date + 400, 'YYYY-MM-DD'))),
        'credentials', jsonb_build_array('RDMS'))
      from organization_members m where m.organization_id = ${orgId}
      on conflict (user_id) do nothing`;
    await sql`analyze organization_members`;
    await sql`analyze member_summaries`;
    return orgId;
  } finally {
    await sql.end();
  }
}
