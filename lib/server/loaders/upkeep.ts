import "server-only";
import { listCeActivitiesByUser, listCeActivitiesPageByUser } from "@/db/queries/ce-activities";
import { listCertificatesByUser } from "@/db/queries/certificates";
import { getUserRecords } from "@/db/queries/progress";
import type { User } from "@/db/schema";
import { catalog } from "@/lib/catalog";
import { todayFor } from "@/lib/server/clock";
import { evaluateUpkeep, upkeepAgenda } from "@/lib/upkeep";
import { upkeepInputFor, type StoredActivity } from "@/lib/upkeep/inputs";

type UserData = Awaited<ReturnType<typeof getUserRecords>>;

/** The engine run over rows already loaded: no query of its own. */
export function upkeepFrom(
  userData: UserData,
  activities: readonly StoredActivity[],
  today: string,
) {
  const person = upkeepInputFor({
    today,
    spells: userData.heldRows,
    records: userData.records,
    activities,
    arrtBirthMonth: userData.profile?.arrtBirthMonth ?? null,
    catalog,
  });
  const cycles = evaluateUpkeep(person.input);
  const agenda = upkeepAgenda(cycles, today);
  return { ...person, cycles, agenda, next: agenda[0] ?? null };
}

/**
 * Everything /upkeep shows, in six queries (the plan engine's four, the CE log and the
 * certificates' metadata).
 */
export async function loadUpkeepPage(user: User) {
  const today = todayFor(user);
  const [userData, activities, certificates] = await Promise.all([
    getUserRecords(user.id),
    listCeActivitiesByUser(user.id),
    listCertificatesByUser(user.id),
  ]);
  const upkeep = upkeepFrom(userData, activities, today);
  const lastEntered = [...activities].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return {
    today,
    activities,
    ...upkeep,
    arrtBirthMonth: userData.profile?.arrtBirthMonth ?? null,
    lastProvider: lastEntered[0]?.provider ?? "",
    heldRows: userData.heldRows,
    certificates,
  };
}

/** How many activities a page of /upkeep/log lists. */
export const CE_LOG_PAGE_SIZE = 50;

/** One page of the whole CE log, newest first, with the certificates' metadata. */
export async function loadCeLogPage(user: User, page: number) {
  const [log, certificates] = await Promise.all([
    listCeActivitiesPageByUser(user.id, page, CE_LOG_PAGE_SIZE),
    listCertificatesByUser(user.id),
  ]);
  return { today: todayFor(user), log, certificates };
}
