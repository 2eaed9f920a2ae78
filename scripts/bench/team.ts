/**
 * The hook for the team readiness view (built in parallel with the benchmark; its target is
 * measured once both are merged). Target: one page of 50 rows of a 200-member organization serves
 * ≥ 0.5× the typical dashboard's throughput, in the same run.
 *
 * To wire it up: make seedTeam() create, on the at-scale database, an organization of 200 members
 * (the seeded users `bench_uuid('u' || n)` are there to join) with the typical measured user as
 * its owner or admin, and return the readiness view's path for its first page of 50 rows. The
 * benchmark then measures that path with the typical user's cookie beside the dashboard. Until
 * then, `--team-page=PATH` measures an already seeded page, and without either the target is
 * printed as "not measured".
 */
import type { MeasuredUser } from "./users";

export async function seedTeam(input: {
  databaseUrl: string;
  owner: MeasuredUser;
}): Promise<string | null> {
  void input;
  return null; // No team readiness view in this build.
}
