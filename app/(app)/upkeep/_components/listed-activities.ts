import type { CertificateInfo } from "@/db/queries/certificates";
import type { CeActivityRow } from "@/db/schema";
import { formatCredits, parseCredits } from "@/lib/upkeep";
import type { ListedActivity } from "./activity-list";
import type { CertificateSummary } from "./certificate-control";

/** What the certificate control shows of a stored certificate. */
export function certificateSummary(certificate: CertificateInfo): CertificateSummary {
  return {
    id: certificate.id,
    fileName: certificate.fileName,
    byteSize: certificate.byteSize,
    mediaType: certificate.mediaType,
  };
}

/** CE log rows as the activity list shows them, each with its certificate if one is attached. */
export function listedActivities(
  rows: readonly CeActivityRow[],
  certificates: readonly CertificateInfo[],
): ListedActivity[] {
  const certificateOf = new Map(
    certificates.flatMap((c) => (c.ceActivityId ? [[c.ceActivityId, c] as const] : [])),
  );
  return rows.map((row) => {
    const certificate = certificateOf.get(row.id);
    return {
      id: row.id,
      version: row.version,
      completedOn: row.completedOn,
      title: row.title,
      provider: row.provider,
      credits: formatCredits(parseCredits(row.credits) ?? 0),
      category: row.category,
      certificate: certificate ? certificateSummary(certificate) : null,
      values: {
        completedOn: row.completedOn,
        title: row.title,
        provider: row.provider,
        credits: row.credits,
        category: row.category,
        craDomain: row.craDomain ?? "",
        creditsArdms: row.creditsArdms ?? "",
        creditsCci: row.creditsCci ?? "",
        creditsArrt: row.creditsArrt ?? "",
        creditsArrtSonography: row.creditsArrtSonography ?? "",
        creditsAbii: row.creditsAbii ?? "",
        creditsAhra: row.creditsAhra ?? "",
        notes: row.notes ?? "",
      },
    };
  });
}
