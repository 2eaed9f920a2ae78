import { createCeActivities, listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { AppError, unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { todayFor } from "@/lib/server/clock";
import { assertSameOrigin, NO_STORE, readLimitedText, routeHandler } from "@/lib/server/http";
import { formatCredits, parseTranscript, TRANSCRIPT_MAX_BYTES } from "@/lib/upkeep";

export const dynamic = "force-dynamic";

/**
 * CE transcript import, in two requests with nothing kept between them: `?step=preview` checks
 * the CSV and answers every row's problems; `?step=save` is sent the same file again, checks it
 * again, and saves every new row or none (a file with any problem saves nothing). Rows with the
 * same date, title and credits as an earlier row or a logged activity are flagged and skipped.
 * The body is the file itself, at most 1 MB, refused by its Content-Length before it is read.
 */
export const POST = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  if (!signedIn) throw unauthorized("transcript", "Sign in to import a transcript.");
  assertSameOrigin(request, "transcript");
  const step = new URL(request.url).searchParams.get("step") === "save" ? "save" : "preview";
  const text = await readLimitedText(request, TRANSCRIPT_MAX_BYTES, {
    surface: "transcript",
    tooLarge: "The file is larger than 1 MB. Split it into smaller files.",
  });
  const { user } = signedIn;
  const existing = await listCeActivitiesByUser(user.id);
  const result = parseTranscript(text, {
    today: todayFor(user),
    existing: existing.map((row) => ({
      id: row.id,
      completedOn: row.completedOn,
      title: row.title,
      credits: row.credits,
    })),
  });
  const rows = result.rows.map((row) => ({ ...row, credits: formatCredits(row.credits) }));
  const fresh = rows.filter((row) => row.duplicateOf === null);
  const summary = {
    refused: result.refused,
    problems: result.problems,
    rows,
    toAdd: fresh.length,
    duplicates: rows.length - fresh.length,
  };
  if (step === "preview") return Response.json(summary, { headers: NO_STORE });

  if (result.refused || result.problems.length > 0) {
    throw new AppError(
      "unprocessable:transcript",
      "Nothing was saved: the file has problems. Fix them, check the file again, then import.",
    );
  }
  const saved = await createCeActivities({
    userId: user.id,
    source: "transcript",
    rows: fresh.map((row) => ({
      completedOn: row.completedOn,
      title: row.title,
      provider: row.provider,
      credits: row.credits,
      category: row.category,
      craDomain: null,
      creditsArdms: null,
      creditsCci: null,
      creditsArrt: null,
      creditsArrtSonography: null,
      creditsAbii: null,
      creditsAhra: null,
      notes: null,
    })),
  });
  return Response.json({ saved, duplicates: summary.duplicates }, { headers: NO_STORE });
});
