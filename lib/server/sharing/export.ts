import "server-only";
import { listMembershipsByUser } from "@/db/queries/organizations";
import { listShareLinksForExport } from "@/db/queries/share-links";
import { listSignOffsForExport } from "@/db/queries/sign-offs";

/**
 * The export's `sharing` section: organizations (name, role, what is shared), share links (never
 * a token) and sign-offs (the person's own, and those they authored). Never importable.
 */
export async function sharingExport(userId: string) {
  const [organizations, shareLinks, signOffs] = await Promise.all([
    listMembershipsByUser(userId),
    listShareLinksForExport(userId),
    listSignOffsForExport(userId),
  ]);
  return {
    organizations: organizations.map(({ name, role, scope }) => ({ name, role, shares: scope })),
    shareLinks,
    signOffs,
  };
}
