"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClasses } from "@/components/ui/field";
import { useFileChosenEarly } from "@/components/ui/use-file-chosen-early";

interface PreviewRow {
  row: number;
  completedOn: string;
  title: string;
  provider: string;
  credits: string;
  category: string;
  duplicateOf: { row: number } | { activityId: string } | null;
}

interface Preview {
  refused: boolean;
  problems: { row: number | null; field: string | null; message: string }[];
  rows: PreviewRow[];
  toAdd: number;
  duplicates: number;
}

const MAX_BYTES = 1_048_576;

/**
 * Import a CE transcript (CSV): check the file (every row's problems shown, nothing saved), then
 * import it, which sends the same file again to be checked again and saved all or nothing.
 */
export function TranscriptImport() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  useFileChosenEarly(input, setFile);

  async function send(step: "preview" | "save") {
    if (!file) {
      setMessage({ text: "Choose a CSV file first.", ok: false });
      return null;
    }
    if (file.size > MAX_BYTES) {
      setMessage({ text: "The file is larger than 1 MB. Split it into smaller files.", ok: false });
      return null;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/upkeep/transcript?step=${step}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "text/csv" },
      });
      const body = (await response.json()) as Record<string, unknown>;
      if (!response.ok) {
        setMessage({ text: String(body.error ?? "The file could not be read."), ok: false });
        return null;
      }
      return body;
    } catch {
      setMessage({ text: "The upload failed. Check your connection and try again.", ok: false });
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function check() {
    setMessage(null);
    setPreview(null);
    const body = await send("preview");
    if (body) setPreview(body as unknown as Preview);
  }

  async function save() {
    setMessage(null);
    const body = await send("save");
    if (!body) return;
    const saved = Number(body.saved);
    const duplicates = Number(body.duplicates);
    setMessage({
      text: `Imported ${saved} activit${saved === 1 ? "y" : "ies"}${duplicates ? `; ${duplicates} duplicate${duplicates === 1 ? "" : "s"} skipped` : ""}.`,
      ok: true,
    });
    setPreview(null);
    setFile(null);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  const problemsByRow = new Map<number, string[]>();
  for (const problem of preview?.problems ?? []) {
    if (problem.row === null) continue;
    problemsByRow.set(problem.row, [...(problemsByRow.get(problem.row) ?? []), problem.message]);
  }
  const fileProblems = preview?.problems.filter((p) => p.row === null || p.row === 1) ?? [];
  const rowProblems = [...problemsByRow.entries()].filter(([row]) => row !== 1);
  const canSave = preview && !preview.refused && preview.problems.length === 0 && preview.toAdd > 0;

  return (
    <section
      aria-labelledby="import-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      <h2 id="import-heading" className="text-lg font-semibold">
        Import a transcript
      </h2>
      <p className="text-sm text-muted">
        A CSV with the columns <code>date,title,provider,credits,category</code> (dates as
        2026-03-14; other columns are ignored), at most 1 MB and 2,000 rows. Nothing is saved until
        you import; rows already in your log (same date, title and credits) are skipped.
      </p>
      <div className="space-y-1.5">
        <label htmlFor="transcript-file" className="block text-sm font-medium">
          Transcript file (CSV)
        </label>
        <input
          ref={input}
          id="transcript-file"
          type="file"
          accept=".csv,text/csv"
          className={inputClasses}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPreview(null);
            setMessage(null);
          }}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={check} disabled={busy || !file}>
          {busy && !preview ? "Checking…" : "Check file"}
        </Button>
        {canSave ? (
          <Button type="button" onClick={save} disabled={busy}>
            {busy
              ? "Importing…"
              : `Import ${preview.toAdd} activit${preview.toAdd === 1 ? "y" : "ies"}`}
          </Button>
        ) : null}
      </div>
      <FormMessage message={message?.text} tone={message?.ok ? "success" : "danger"} />
      {preview ? (
        <div className="space-y-2" data-testid="transcript-preview">
          <p className="text-sm" role="status">
            {preview.refused
              ? "This file can't be imported:"
              : `${preview.rows.length} row${preview.rows.length === 1 ? "" : "s"} read: ${preview.toAdd} to add, ${preview.duplicates} duplicate${preview.duplicates === 1 ? "" : "s"} (skipped), ${rowProblems.length} with problems${rowProblems.length ? " (fix them and check again: nothing is imported while any row has a problem)" : ""}.`}
          </p>
          {fileProblems.length > 0 ? (
            <ul className="list-disc pl-5 text-sm text-danger">
              {fileProblems.map((problem) => (
                <li key={problem.message}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
          {preview.rows.length + rowProblems.length > 0 ? (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">Rows of the transcript</caption>
                <thead className="text-xs text-muted">
                  <tr>
                    <th scope="col" className="py-1 pr-2">
                      Row
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      Date
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      Title
                    </th>
                    <th scope="col" className="py-1 pr-2 text-right">
                      Credits
                    </th>
                    <th scope="col" className="py-1">
                      Check
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[
                    ...preview.rows.map((row) => ({
                      row: row.row,
                      data: row,
                      problems: [] as string[],
                    })),
                    ...rowProblems.map(([row, problems]) => ({ row, data: null, problems })),
                  ]
                    .sort((a, b) => a.row - b.row)
                    .map(({ row, data, problems }) => (
                      <tr
                        key={row}
                        className="border-t border-border align-top"
                        data-testid={`preview-row-${row}`}
                      >
                        <td className="py-1 pr-2">{row}</td>
                        <td className="py-1 pr-2 whitespace-nowrap">{data?.completedOn ?? "—"}</td>
                        <td className="py-1 pr-2 break-words">{data?.title ?? "—"}</td>
                        <td className="py-1 pr-2 text-right">{data?.credits ?? "—"}</td>
                        <td className="py-1">
                          {problems.length > 0 ? (
                            <span className="text-danger">{problems.join(" ")}</span>
                          ) : data?.duplicateOf ? (
                            <span className="text-warning">
                              Duplicate of{" "}
                              {"row" in data.duplicateOf
                                ? `row ${data.duplicateOf.row}`
                                : "an activity already logged"}
                              : skipped
                            </span>
                          ) : (
                            <span className="text-success">Ready</span>
                          )}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
