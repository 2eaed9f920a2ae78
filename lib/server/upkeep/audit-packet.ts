import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { listCertificatesByUser } from "@/db/queries/certificates";
import { getUserRecords } from "@/db/queries/progress";
import type { User } from "@/db/schema";
import { CE_CATEGORY_LABELS } from "@/lib/catalog/upkeep";
import type { CeCategory, UpkeepBody } from "@/lib/catalog/types";
import { AppError, notFound } from "@/lib/errors";
import { todayFor } from "@/lib/server/clock";
import { upkeepFrom } from "@/lib/server/loaders/upkeep";
import {
  buildAuditPacket,
  type AuditPacketInput,
  type PacketActivity,
} from "@/lib/upkeep/audit-packet";
import { bodyName, credentialCode, PERIOD_STATUS_LABELS } from "@/lib/upkeep/describe";
import type { PeriodEvaluation } from "@/lib/upkeep";
import { certificateBytes } from "./certificates";

/**
 * The audit packet for one of the user's cycles: loads what the builder needs (the engine's
 * verdict for the period, the counted activities, their certificates) and returns the PDF.
 */

// Read once per process; the files ship in the repository (see fonts/README.md).
// turbopackIgnore: resolved at run time from the app's folder, not bundled.
const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/server/upkeep/fonts");
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
function packetFonts() {
  fonts ??= Promise.all([
    readFile(path.join(fontDir, "DejaVuSans.ttf")),
    readFile(path.join(fontDir, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }));
  return fonts;
}

export type PacketPeriod = "current" | "previous";

export async function auditPacketFor(input: {
  user: User;
  body: UpkeepBody;
  period: PacketPeriod;
  locale: string;
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { user } = input;
  const today = todayFor(user);
  const [userData, activities, certificates] = await Promise.all([
    getUserRecords(user.id),
    listCeActivitiesByUser(user.id),
    listCertificatesByUser(user.id),
  ]);
  const { cycles } = upkeepFrom(userData, activities, today);
  const cycle = cycles.find((candidate) => candidate.body === input.body);
  if (!cycle || cycle.status === "needs_input") throw notFound("upkeep_cycle");
  const period: PeriodEvaluation | null = input.period === "current" ? cycle : cycle.previous;
  if (!period) throw notFound("upkeep_period");
  if (period.requirementKind !== "credits") {
    throw new AppError(
      "bad_request:audit_packet",
      "This period asks for no CE, so there is nothing to put in an audit packet.",
    );
  }

  const activityById = new Map(activities.map((row) => [row.id, row]));
  const certificateByActivity = new Map(
    certificates.flatMap((c) => (c.ceActivityId ? [[c.ceActivityId, c] as const] : [])),
  );
  const totals = new Map<string, number>();
  const packetActivities: PacketActivity[] = period.counted.flatMap((counted) => {
    const row = activityById.get(counted.activityId);
    if (!row) return [];
    const categoryLabel = CE_CATEGORY_LABELS[row.category as CeCategory] ?? row.category;
    totals.set(categoryLabel, (totals.get(categoryLabel) ?? 0) + counted.credits);
    const certificate = certificateByActivity.get(row.id);
    return [
      {
        id: row.id,
        completedOn: row.completedOn,
        title: row.title,
        provider: row.provider,
        credits: counted.credits,
        categoryLabel,
        certificate: certificate
          ? {
              id: certificate.id,
              fileName: certificate.fileName,
              mediaType: certificate.mediaType,
              byteSize: certificate.byteSize,
            }
          : null,
      },
    ];
  });
  packetActivities.sort((a, b) =>
    a.completedOn === b.completedOn
      ? a.id.localeCompare(b.id)
      : a.completedOn < b.completedOn
        ? -1
        : 1,
  );

  const packetInput: AuditPacketInput = {
    locale: input.locale,
    generatedOn: today,
    person: { name: user.name, email: user.email },
    cycleName: cycle.name,
    bodyLabel: bodyName(cycle.body),
    credentials: cycle.credentials.map(credentialCode),
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    unit: period.unit ?? "credits",
    required: period.required,
    waived: period.waived,
    waivers: period.waivers
      .filter((waiver) => waiver.applied)
      .map((waiver) => ({ label: waiver.label, amount: waiver.amount })),
    earned: period.earned,
    remaining: period.remaining.total,
    alternatives: period.requiredAlternatives.map((alt) => ({ label: alt.label })),
    minimums: period.categories.map((c) => ({
      label: c.label,
      required: c.required,
      earned: c.earned,
    })),
    totalsByCategory: [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, credits]) => ({ label, credits })),
    statusLabel: PERIOD_STATUS_LABELS[period.status],
    auditReinstatement: period.auditReinstatement
      ? {
          required: period.auditReinstatement.required,
          earned: period.auditReinstatement.earned,
          remaining: period.auditReinstatement.remaining,
          submitBy: period.auditReinstatement.submitBy,
          finalBy: period.auditReinstatement.finalBy,
        }
      : null,
    activities: packetActivities,
  };

  const packet = await buildAuditPacket(packetInput, {
    fonts: await packetFonts(),
    loadCertificate: (certificate) => certificateBytes(user.id, certificate),
  });
  return {
    bytes: packet.bytes,
    fileName: `audit-packet-${cycle.body}-${period.periodStart}-to-${period.periodEnd}.pdf`,
  };
}
