/** Shared by the schema (a text enum) and client components: no database imports here. */
export const milestoneStatuses = [
  "not_started",
  "planned",
  "scheduled",
  "in_progress",
  "done",
  "waived",
  "expired",
] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  not_started: "Not started",
  planned: "Planned",
  scheduled: "Scheduled",
  in_progress: "In progress",
  done: "Done",
  waived: "Waived / not applicable",
  expired: "Expired",
};

/** The order a one-click status button cycles through. */
export const STATUS_CYCLE: readonly MilestoneStatus[] = [
  "not_started",
  "planned",
  "scheduled",
  "in_progress",
  "done",
];

export function nextStatus(current: MilestoneStatus): MilestoneStatus {
  const index = STATUS_CYCLE.indexOf(current);
  return index === -1 || index === STATUS_CYCLE.length - 1
    ? "not_started"
    : STATUS_CYCLE[index + 1]!;
}
