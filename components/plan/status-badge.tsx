import type { MilestoneStatus } from "@/lib/milestone-status";
import { STATUS_LABELS } from "@/lib/milestone-status";

const TONES: Record<MilestoneStatus, string> = {
  not_started: "bg-surface-2 text-muted",
  planned: "bg-surface-2 text-fg",
  scheduled: "bg-accent-soft text-accent",
  in_progress: "bg-accent-soft text-accent",
  done: "bg-success-soft text-success",
  waived: "bg-surface-2 text-muted",
  expired: "bg-danger-soft text-danger",
};

const ICONS: Record<MilestoneStatus, string> = {
  not_started: "○",
  planned: "◔",
  scheduled: "◑",
  in_progress: "◕",
  done: "✓",
  waived: "–",
  expired: "!",
};

/** Status with an icon and words, so it never relies on colour alone. */
export function StatusBadge({ status }: { status: MilestoneStatus }) {
  return (
    <span data-status={status} className={`status-badge ${TONES[status]}`}>
      <span aria-hidden="true">{ICONS[status]}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
