import { checkDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
