import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requireUser();
  const params = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          Welcome{user.name ? `, ${user.name}` : ""}
        </h1>
        <p className="mt-1 text-muted">Signed in as {user.email}</p>
      </div>
      {params.verified === "1" ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          Thanks, your email address is confirmed.
        </p>
      ) : null}
      {!user.emailVerified ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">
          Please confirm your email address: we sent you a link.
        </p>
      ) : null}
    </div>
  );
}
