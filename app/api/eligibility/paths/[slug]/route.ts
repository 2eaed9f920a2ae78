import { notFound, unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { loadPathVerdicts } from "@/lib/server/loaders/eligibility";

export const dynamic = "force-dynamic";

/** The signed-in user's verdicts for one path's exams and credentials (path page island). */
export const GET = routeHandler(
  async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const signedIn = await currentUser();
    if (!signedIn) throw unauthorized("eligibility", "Sign in to see your eligibility.");
    const { slug } = await params;
    const verdicts = await loadPathVerdicts(signedIn.user, slug);
    if (!verdicts) throw notFound("path");
    return Response.json(verdicts, { headers: NO_STORE });
  },
);
