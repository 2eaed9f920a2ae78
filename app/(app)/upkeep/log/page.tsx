import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { pageNumberFrom } from "@/lib/pagination";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadCeLogPage } from "@/lib/server/loaders/upkeep";
import { requestLocale } from "@/lib/server/locale";
import { ActivityList } from "../_components/activity-list";
import { listedActivities } from "../_components/listed-activities";

export const metadata: Metadata = { title: "Your CE log" };

/**
 * The whole CE log, newest first, a page at a time (/upkeep lists only the newest few): each
 * activity edited, deleted or given its certificate as there.
 */
export default async function CeLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requireUser();
  const [{ page }, locale] = await Promise.all([searchParams, requestLocale()]);
  const { today, log, certificates } = await loadCeLogPage(user, pageNumberFrom(page));

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <p className="text-sm text-muted">
          <Link href="/upkeep" className="underline underline-offset-2">
            Credential upkeep
          </Link>{" "}
          / CE log
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Your CE log ({log.total})</h1>
        <p className="mt-1 text-muted">
          Every activity you logged, newest first. Log new ones and see your cycles on the upkeep
          page.
        </p>
      </div>
      <ActivityList
        activities={listedActivities(log.items, certificates)}
        locale={locale}
        today={today}
        emptyMessage="No activities yet. Log your first one on the upkeep page."
      />
      <Pager page={log.page} pageCount={log.pageCount} hrefFor={(to) => `/upkeep/log?page=${to}`} />
    </div>
  );
}
