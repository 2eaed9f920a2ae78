import type { ReactNode } from "react";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadOwnPlan } from "@/lib/server/loaders/own-plan";

/**
 * Checks ownership before the page streams (loading.tsx), so a plan that isn't the user's gets a
 * real 404 status, not a 200 with a not-found message.
 */
export default async function PlanLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { user } = await requireUser();
  await loadOwnPlan((await params).id, user.id);
  return children;
}
