import { recordAuditEvent } from "@/db/queries/audit";
import { importAccountData } from "@/db/queries/import";
import { AppError, unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";
import { assertSameOrigin, NO_STORE, readLimitedText, routeHandler } from "@/lib/server/http";
import { addressFromHeaders } from "@/lib/server/request-context";
import {
  IMPORT_MAX_BYTES,
  IMPORTABLE_SECTIONS,
  importProblems,
  importSchema,
} from "@/lib/your-data/import-schema";

export const dynamic = "force-dynamic";

/**
 * Imports a JSON export (Settings → Your data) into the signed-in account: at most 5 MB (refused
 * by its Content-Length before it is read), checked whole with zod, then saved in one transaction
 * (all or nothing). Idempotent: importing the same file twice adds nothing the second time.
 * Answers a summary of what was added, where the account's own rows differ, and what was ignored.
 */
export const POST = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  if (!signedIn) throw unauthorized("import", "Sign in to import your data.");
  assertSameOrigin(request, "import");
  const text = await readLimitedText(request, IMPORT_MAX_BYTES, {
    surface: "import",
    tooLarge: "The file is larger than 5 MB.",
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("unprocessable:import", "This file is not JSON. Choose an export file.");
  }
  const parsed = importSchema.safeParse(json);
  if (!parsed.success) {
    return Response.json(
      {
        error: "Nothing was imported: the file doesn't match the export format.",
        code: "unprocessable:import",
        problems: importProblems(parsed.error),
      },
      { status: 422, headers: NO_STORE },
    );
  }
  const ignored =
    json && typeof json === "object"
      ? Object.keys(json).filter(
          (key) =>
            !(IMPORTABLE_SECTIONS as readonly string[]).includes(key) &&
            !["format", "version", "exportedAt"].includes(key),
        )
      : [];
  const summary = await importAccountData({
    userId: signedIn.user.id,
    data: parsed.data,
    now: now(),
  });
  await recordAuditEvent({
    event: "import",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  return Response.json({ ...summary, ignored }, { headers: NO_STORE });
});
