"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formatFileSize } from "@/lib/upkeep/certificates";
import { deleteCertificateAction } from "../certificate-actions";
import type { CertificateSummary } from "./certificate-control";

/**
 * Certificates no longer attached to an activity (their activity was deleted and purged): kept,
 * since they are evidence, until the person removes them.
 */
export function UnattachedCertificates({ certificates }: { certificates: CertificateSummary[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  if (certificates.length === 0) return null;
  const remove = (certificate: CertificateSummary) =>
    startTransition(async () => {
      const result = await deleteCertificateAction(undefined, { certificateId: certificate.id });
      setMessage({
        text: result.ok ? `Removed ${certificate.fileName}.` : result.message,
        ok: result.ok,
      });
      if (result.ok) router.refresh();
    });
  return (
    <section aria-labelledby="unattached-heading" className="space-y-2">
      <h2 id="unattached-heading" className="text-lg font-semibold">
        Certificates not attached to an activity ({certificates.length})
      </h2>
      <p className="text-sm text-muted">
        Their activities were deleted. They are kept until you remove them, and they are in the ZIP
        of everything in Settings.
      </p>
      <FormMessage message={message?.text} tone={message?.ok ? "success" : "danger"} />
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
        {certificates.map((certificate) => (
          <li
            key={certificate.id}
            className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
          >
            <a
              href={`/api/certificates/${certificate.id}`}
              download
              className="min-w-0 break-all font-medium text-accent underline underline-offset-2"
            >
              {certificate.fileName}
            </a>
            <span className="flex items-center gap-2">
              <span className="text-muted">{formatFileSize(certificate.byteSize)}</span>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                disabled={pending}
                onClick={() => remove(certificate)}
              >
                Remove<span className="sr-only"> {certificate.fileName}</span>
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
