import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { unsubscribe, type UnsubscribeScope } from "@/lib/server/reminders/unsubscribe";
import { unsubscribeSchema } from "@/app/(public)/unsubscribe/schemas";

export const dynamic = "force-dynamic";

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in
 * the List-Unsubscribe header. Only POST acts: a GET (a scanner, a prefetch) changes nothing.
 */
export const POST = routeHandler(async (request: NextRequest) => {
  const parsed = unsubscribeSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) throw new AppError("bad_request:unsubscribe", "This link is incomplete.");
  const done = await unsubscribe({
    userId: parsed.data.u,
    scope: parsed.data.k as UnsubscribeScope,
    token: parsed.data.t,
  });
  if (!done) throw new AppError("not_found:unsubscribe", "This link is not valid.");
  return Response.json({ ok: true }, { headers: NO_STORE });
});

export function GET() {
  return Response.json(
    {
      error:
        "Unsubscribing takes a POST (one click in your mail app), or the button on the page linked from the mail.",
    },
    { status: 405, headers: { ...NO_STORE, Allow: "POST" } },
  );
}
