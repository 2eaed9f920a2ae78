import "server-only";
import { reserveThrottleSlot } from "@/db/queries/throttle";
import { RateLimited } from "@/lib/errors";
import { throttled } from "@/lib/server/actions";
import { invitationRules } from "@/lib/server/auth/throttles";

/**
 * Reserves one invitation before it is made: both limits must allow it, per inviter (across all
 * their organizations) and per organization (across all its inviters). Throws RateLimited.
 */
export async function reserveInvitation(inviterId: string, organizationId: string): Promise<void> {
  const [perInviter, perOrganization] = invitationRules(inviterId, organizationId);
  await throttled(perInviter!, async () => {
    const slot = await reserveThrottleSlot(perOrganization!);
    if (!slot.allowed) throw new RateLimited("invitation", slot.retryAfterSeconds);
  });
}
