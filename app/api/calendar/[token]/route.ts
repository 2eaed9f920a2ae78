import { z } from "zod";
import { calendarForUser, calendarOwner } from "@/lib/server/loaders/calendar-feed";

export const dynamic = "force-dynamic";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}(\.ics)?$/);

/** The private calendar feed. The secret token in the URL is the only credential (stored hashed). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const parsed = tokenSchema.safeParse((await params).token);
  const userId = parsed.success
    ? await calendarOwner(parsed.data.replace(/\.ics$/, ""))
    : undefined;
  if (!userId) {
    return Response.json(
      { error: "Calendar not found. The link may have been turned off." },
      { status: 404 },
    );
  }
  return new Response(await calendarForUser(userId), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="sonography-career-plan.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
