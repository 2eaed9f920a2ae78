import { unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { loadClosestPaths } from "@/lib/server/loaders/eligibility";

export const dynamic = "force-dynamic";

/**
 * "Closest paths for me": the signed-in user's ranking, for the island on the prerendered /paths
 * page (which stays static for everyone). Anonymous callers get 401 and the island shows nothing.
 */
export const GET = routeHandler(async () => {
  const signedIn = await currentUser();
  if (!signedIn) throw unauthorized("eligibility", "Sign in to see the paths closest to you.");
  const rankings = await loadClosestPaths(signedIn.user);
  return Response.json({ rankings }, { headers: NO_STORE });
});
