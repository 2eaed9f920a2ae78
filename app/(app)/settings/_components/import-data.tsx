"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClasses } from "@/components/ui/field";
import { useFileChosenEarly } from "@/components/ui/use-file-chosen-early";

interface Summary {
  added: Record<string, number>;
  differences: {
    section: string;
    key: string;
    field: string;
    kept: string | null;
    inFile: string | null;
  }[];
  ignored: string[];
}

const SECTION_NAMES: Record<string, string> = {
  profile: "profile",
  plans: "paths",
  progress: "milestones",
  customMilestones: "custom milestones",
  heldCredentials: "credentials held",
  examAttempts: "exam attempts",
  ceActivities: "CE activities",
};

const MAX_BYTES = 5 * 1024 * 1024;

/** Import a JSON export into this account: all or nothing, and a summary of what it added. */
export function ImportData() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  useFileChosenEarly(input, setFile);

  async function submit() {
    if (!file) return;
    setError(null);
    setSummary(null);
    if (file.size > MAX_BYTES) {
      setError({ message: "The file is larger than 5 MB.", problems: [] });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch("/api/import", {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/json" },
      });
      const body = (await response.json()) as Summary & { error?: string; problems?: string[] };
      if (!response.ok) {
        setError({ message: body.error ?? "Nothing was imported.", problems: body.problems ?? [] });
        return;
      }
      setSummary(body);
      setFile(null);
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setError({ message: "The upload failed. Nothing was imported; try again.", problems: [] });
    } finally {
      setBusy(false);
    }
  }

  const addedParts = summary
    ? Object.entries(summary.added)
        .filter(([, count]) => count > 0)
        .map(([section, count]) => `${count} ${SECTION_NAMES[section] ?? section}`)
    : [];

  return (
    <div className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h3 className="font-semibold">Import a JSON export</h3>
      <p className="text-sm text-muted">
        Bring a file from &ldquo;Download everything&rdquo; into this account: your profile, paths,
        milestones, credentials held, exam attempts and CE activities. Nothing else is read (not
        sign-ins, devices, linked accounts or links). What you already have is kept; the file adds
        only what is missing, all or nothing, so importing it twice adds nothing. At most 5 MB.
      </p>
      <div className="space-y-1.5">
        <label htmlFor="import-file" className="block text-sm font-medium">
          Export file (JSON)
        </label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,application/json"
          className={inputClasses}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(null);
            setSummary(null);
          }}
        />
      </div>
      <Button type="button" variant="secondary" size="sm" onClick={submit} disabled={!file || busy}>
        {busy ? "Importing…" : "Import"}
      </Button>
      {error ? (
        <div>
          <FormMessage message={error.message} />
          {error.problems.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm text-danger">
              {error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {summary ? (
        <div role="status" className="space-y-2 text-sm" data-testid="import-summary">
          <p className="rounded-md bg-success-soft px-3 py-2 text-success">
            {addedParts.length > 0
              ? `Imported: ${addedParts.join(", ")}.`
              : "Nothing new to import: everything in the file is already here."}
          </p>
          {summary.differences.length > 0 ? (
            <details>
              <summary className="min-h-11 cursor-pointer py-2">
                Kept yours where the file differs ({summary.differences.length})
              </summary>
              <ul className="list-disc space-y-1 pl-5 text-muted">
                {summary.differences.slice(0, 100).map((difference, index) => (
                  <li key={`${difference.section}-${difference.key}-${difference.field}-${index}`}>
                    {SECTION_NAMES[difference.section] ?? difference.section}, {difference.key}:{" "}
                    {difference.field} kept as {difference.kept ?? "empty"} (file:{" "}
                    {difference.inFile ?? "empty"})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {summary.ignored.length > 0 ? (
            <p className="text-muted">Not imported by design: {summary.ignored.join(", ")}.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
