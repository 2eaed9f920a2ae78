import type { Metadata } from "next";
import { getLiveInvitation } from "@/db/queries/organizations";
import { listPlansByUserId } from "@/db/queries/plans";
import { Panel } from "@/components/ui/panel";
import { getPath } from "@/lib/catalog";
import { requireUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";
import { hashToken } from "@/lib/server/tokens";
import { ROLE_LABELS } from "@/lib/sharing/roles";
import { AcceptForm } from "./_components/accept-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { user } = await requireUser();
  const invitation =
    token.length >= 20 && token.length <= 200
      ? await getLiveInvitation({ tokenHash: hashToken(token), now: now() })
      : undefined;
  if (!invitation) {
    return (
      <Panel id="invitation" title="This invitation can't be used">
        <p className="mt-2 text-sm text-muted" data-testid="invitation-refused">
          It has expired, was cancelled, or was already accepted. Ask whoever invited you for a new
          one.
        </p>
      </Panel>
    );
  }
  const mine = Boolean(user.emailVerified) && user.email.toLowerCase() === invitation.email;
  if (!mine) {
    return (
      <Panel id="invitation" title="This invitation is for someone else">
        <p className="mt-2 text-sm text-muted" data-testid="invitation-refused">
          It was sent to another email address. Only the account whose verified email received it
          can accept it. If it was meant for you, ask for an invitation to your own address.
        </p>
      </Panel>
    );
  }
  const plans = await listPlansByUserId(user.id);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          Join {invitation.organizationName}
        </h1>
        <p className="max-w-2xl text-sm text-muted">
          You are invited as {ROLE_LABELS[invitation.role].toLowerCase()}. Choose what{" "}
          {invitation.organizationName} may see; sharing nothing is fine. You can change it or leave
          at any time, effective immediately.
        </p>
      </header>
      <div className="max-w-md">
        <AcceptForm
          token={token}
          plans={plans.map((plan) => ({
            id: plan.id,
            title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
          }))}
        />
      </div>
    </div>
  );
}
