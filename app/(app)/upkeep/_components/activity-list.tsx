"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useDialogForm } from "@/components/ui/use-dialog-form";
import { CE_CATEGORY_LABELS } from "@/lib/catalog/upkeep";
import type { CeCategory } from "@/lib/catalog/types";
import { formatCalendarDate } from "@/lib/format";
import { deleteActivityAction, restoreActivityAction, updateActivityAction } from "../actions";
import { ActivityFields, type ActivityValues } from "./activity-fields";
import { CertificateControl, type CertificateSummary } from "./certificate-control";

export interface ListedActivity {
  id: string;
  version: number;
  completedOn: string;
  title: string;
  provider: string;
  credits: string;
  category: string;
  /** Its certificate file, if one is attached (Part B: certificates). */
  certificate: CertificateSummary | null;
  values: ActivityValues;
}

/** The CE log, newest first: edit in a dialog; delete at once, with an Undo. */
export function ActivityList({
  activities,
  locale,
  today,
  emptyMessage = "No activities yet. Log one above, or import a transcript.",
}: {
  activities: ListedActivity[];
  locale: string;
  today: string;
  emptyMessage?: string;
}) {
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = (activity: ListedActivity) =>
    startTransition(async () => {
      const result = await deleteActivityAction(undefined, { activityId: activity.id });
      if (result.ok) {
        setDeleted({ id: activity.id, title: activity.title });
        setMessage(null);
      } else setMessage({ text: result.message, ok: false });
    });
  const undo = () =>
    startTransition(async () => {
      if (!deleted) return;
      const result = await restoreActivityAction(undefined, { activityId: deleted.id });
      setDeleted(null);
      setMessage({
        text: result.ok ? `Restored “${deleted.title}”.` : result.message,
        ok: result.ok,
      });
    });

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {deleted ? (
          <p
            role="status"
            className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm"
          >
            <span>Deleted “{deleted.title}”.</span>
            <Button type="button" size="sm" variant="secondary" onClick={undo} disabled={pending}>
              Undo
            </Button>
          </p>
        ) : null}
        {message ? (
          <FormMessage message={message.text} tone={message.ok ? "success" : "danger"} />
        ) : null}
      </div>
      {activities.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-surface p-4 text-sm text-muted">
          {emptyMessage}
        </p>
      ) : (
        <ul
          className="divide-y divide-border rounded-lg border border-border bg-surface"
          data-testid="ce-log"
        >
          {activities.map((activity) => (
            <li
              key={activity.id}
              data-testid="ce-activity"
              className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0 space-y-1">
                <p className="break-words font-medium">{activity.title}</p>
                <p className="text-sm text-muted">
                  <time dateTime={activity.completedOn}>
                    {formatCalendarDate(activity.completedOn, locale)}
                  </time>
                  {activity.provider ? ` · ${activity.provider}` : ""} ·{" "}
                  {CE_CATEGORY_LABELS[activity.category as CeCategory] ?? activity.category}
                </p>
                <CertificateControl
                  activityId={activity.id}
                  activityTitle={activity.title}
                  certificate={activity.certificate}
                />
              </div>
              <div className="flex items-center gap-2">
                <span className="whitespace-nowrap font-medium">{activity.credits} cr</span>
                <EditActivity activity={activity} today={today} />
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  onClick={() => remove(activity)}
                >
                  Delete<span className="sr-only"> {activity.title}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function EditActivity({ activity, today }: { activity: ListedActivity; today: string }) {
  const { open, setOpen, formAction: action, failure } = useDialogForm(updateActivityAction);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Edit activity"
      trigger={
        <Button type="button" size="sm" variant="secondary">
          Edit<span className="sr-only"> {activity.title}</span>
        </Button>
      }
    >
      <form action={action} className="space-y-4">
        <FormMessage message={failure?.message} />
        <input type="hidden" name="activityId" value={activity.id} />
        <input type="hidden" name="version" value={activity.version} />
        <ActivityFields
          idPrefix={`edit-${activity.id}`}
          values={failure?.values ?? activity.values}
          errors={failure?.errors}
          today={today}
        />
        <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
      </form>
    </Dialog>
  );
}
