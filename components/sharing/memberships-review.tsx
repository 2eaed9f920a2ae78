import { Link } from "@/components/ui/link";
import type { MembershipForReview } from "@/lib/sharing/scope";

/**
 * Recovery screens (password reset, sign out everywhere): the organizations that still see what
 * the person shares, each with the page where they change it or leave. Share links are not here:
 * recovery revokes them all.
 */
export function MembershipsReview({
  memberships,
  intro,
}: {
  memberships: readonly MembershipForReview[];
  intro: string;
}) {
  if (memberships.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="memberships-review">
      <p className="text-sm text-muted">{intro}</p>
      <ul className="space-y-1 text-sm" aria-label="Organizations you share with">
        {memberships.map((membership) => (
          <li key={membership.organizationId} className="flex flex-wrap gap-x-2">
            <Link
              href={`/teams/${membership.organizationId}#your-sharing-heading`}
              className="font-medium text-accent underline underline-offset-2"
            >
              {membership.name}
            </Link>
            <span className="text-muted">
              {membership.role} · shares: {membership.shares}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
