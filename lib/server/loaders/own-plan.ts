import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getPlanByIdForUser } from "@/db/queries/plans";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/validation";

/**
 * The signed-in user's plan, or the 404 page: another user's plan is "not found", exactly like a
 * plan that doesn't exist. Cached per request so the layout and the page share one query.
 */
export const loadOwnPlan = cache(async (planId: string, userId: string) => {
  if (!idSchema.safeParse(planId).success) notFound();
  try {
    return await getPlanByIdForUser({ planId, userId });
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  }
});
