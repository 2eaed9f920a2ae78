"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { useFileChosenEarly } from "@/components/ui/use-file-chosen-early";
import {
  CERTIFICATE_LIMITS,
  CERTIFICATE_MESSAGES,
  formatFileSize,
} from "@/lib/upkeep/certificates";
import { deleteCertificateAction } from "../certificate-actions";

export interface CertificateSummary {
  id: string;
  fileName: string;
  byteSize: number;
  mediaType: string;
}

type Status =
  | { kind: "idle" }
  | { kind: "uploading"; percent: number; fileName: string }
  | { kind: "done"; text: string }
  | { kind: "error"; text: string };

/** Accepted in the picker; the server decides by the file's first bytes whatever is chosen. */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

/**
 * Sends one file as the raw body to /api/certificates, reporting progress (fetch cannot report
 * upload progress; XMLHttpRequest can). Resolves with the server's JSON, or its error message.
 */
function upload(
  file: File,
  activityId: string | null,
  onProgress: (percent: number) => void,
): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ name: file.name });
    if (activityId) query.set("activity", activityId);
    request.open("POST", `/api/certificates?${query}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve({ ok: true });
      const body = request.response as { error?: string } | null;
      resolve({
        ok: false,
        message:
          body?.error ??
          (request.status === 413 ? CERTIFICATE_MESSAGES.tooBig : "The upload was refused."),
      });
    };
    request.onerror = () =>
      resolve({
        ok: false,
        message: "The upload did not get through. Check your connection and try again.",
      });
    request.onabort = () => resolve({ ok: false, message: "Upload cancelled. Nothing was saved." });
    request.send(file);
  });
}

/**
 * A CE activity's certificate: attach one (PDF, PNG or JPEG, at most 10 MB), see and download
 * it, replace it, or remove it. Messages and progress appear beside the control and are read out
 * by screen readers.
 */
export function CertificateControl({
  activityId,
  activityTitle,
  certificate,
}: {
  activityId: string;
  activityTitle: string;
  certificate: CertificateSummary | null;
}) {
  const router = useRouter();
  const inputId = useId();
  const messageId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [removing, startRemoving] = useTransition();
  const busy = status.kind === "uploading" || removing;

  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = "";
    if (!file) return;
    // Checked here for a quick answer; the server checks again, by the file's bytes.
    if (file.size > CERTIFICATE_LIMITS.maxBytes) {
      setStatus({ kind: "error", text: CERTIFICATE_MESSAGES.tooBig });
      return;
    }
    if (file.size === 0) {
      setStatus({ kind: "error", text: CERTIFICATE_MESSAGES.empty });
      return;
    }
    setStatus({ kind: "uploading", percent: 0, fileName: file.name });
    const result = await upload(file, activityId, (percent) =>
      setStatus({ kind: "uploading", percent, fileName: file.name }),
    );
    if (!result.ok) {
      setStatus({ kind: "error", text: result.message });
      return;
    }
    setStatus({
      kind: "done",
      text: certificate ? `Certificate replaced with ${file.name}.` : `${file.name} attached.`,
    });
    router.refresh();
  };

  // choose() empties the input first, so a file is never handled twice.
  useFileChosenEarly(input, (file) => void choose(file));

  const remove = () =>
    startRemoving(async () => {
      if (!certificate) return;
      const result = await deleteCertificateAction(undefined, { certificateId: certificate.id });
      setStatus(
        result.ok
          ? { kind: "done", text: "Certificate removed." }
          : { kind: "error", text: result.message },
      );
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-2" data-testid="certificate-control">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {certificate ? (
          // On a phone the file takes its own line and the buttons share the next one.
          <span className="flex min-w-0 basis-full items-center gap-2 sm:basis-auto">
            <a
              href={`/api/certificates/${certificate.id}`}
              download
              className="inline-flex min-h-11 min-w-0 items-center gap-1 break-all font-medium text-accent underline underline-offset-2 sm:min-h-9"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="h-4 w-4 shrink-0"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
              >
                <path d="M4 1.5h5l3 3v10H4z M9 1.5v3h3" strokeLinejoin="round" />
              </svg>
              {certificate.fileName}
              <span className="sr-only"> (download the certificate for {activityTitle})</span>
            </a>
            <span className="shrink-0 text-muted">{formatFileSize(certificate.byteSize)}</span>
          </span>
        ) : (
          <span className="text-muted">No certificate</span>
        )}
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={ACCEPT}
          // Visually hidden but focusable: Tab reaches it, Enter or Space opens the picker, and
          // its label below (styled as a button) shows the focus ring.
          className="peer sr-only"
          disabled={busy}
          aria-describedby={messageId}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <label
          htmlFor={inputId}
          className={`${buttonClasses("secondary", "sm")} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent ${busy ? "pointer-events-none opacity-60" : ""}`}
        >
          {certificate ? "Replace" : "Attach certificate"}
          <span className="sr-only"> for {activityTitle} (PDF, PNG or JPEG, up to 10 MB)</span>
        </label>
        {certificate ? (
          <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={remove}>
            {removing ? "Removing…" : "Remove"}
            <span className="sr-only"> the certificate for {activityTitle}</span>
          </Button>
        ) : null}
      </div>
      <div id={messageId} aria-live="polite" className="text-sm">
        {status.kind === "uploading" ? (
          <div className="flex items-center gap-2">
            <progress
              max={100}
              value={status.percent}
              aria-label={`Uploading ${status.fileName}`}
              className="h-2 w-40 max-w-full accent-[var(--color-accent)]"
            />
            <span>Uploading… {status.percent}%</span>
          </div>
        ) : status.kind === "error" ? (
          <p
            role="alert"
            data-testid="certificate-error"
            className="rounded-md bg-danger-soft px-3 py-2 text-danger"
          >
            {status.text}
          </p>
        ) : status.kind === "done" ? (
          <p data-testid="certificate-message" className="text-success">
            {status.text}
          </p>
        ) : (
          <span className="sr-only">PDF, PNG or JPEG, up to 10 MB.</span>
        )}
      </div>
    </div>
  );
}
