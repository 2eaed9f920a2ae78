"use server";

import { schemas } from "./certificate-action-schemas";
import { revalidatePath } from "next/cache";
import { deleteCertificate } from "@/db/queries/certificates";
import { userAction } from "@/lib/server/actions";

/**
 * Certificates: removing one (uploads go to the route handler /api/certificates, which streams
 * the file; a server action is capped at 100 kB).
 */
export const deleteCertificateAction = userAction(
  "deleteCertificate",
  schemas.deleteCertificateAction,
  async ({ certificateId }, { user }) => {
    await deleteCertificate({ userId: user.id, certificateId });
    revalidatePath("/upkeep");
    revalidatePath("/upkeep/log");
    return { ok: true, message: "Certificate removed." };
  },
);
