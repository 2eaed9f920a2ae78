import { buttonClasses } from "@/components/ui/button";

/**
 * The audit packet of one period, as a download. A plain link, not next/link: it is a file and
 * must never be prefetched.
 */
export function AuditPacketLink({
  body,
  period,
  label,
}: {
  body: string;
  period: "current" | "previous";
  label: string;
}) {
  return (
    <a
      href={`/api/upkeep/packet?body=${encodeURIComponent(body)}${period === "previous" ? "&period=previous" : ""}`}
      download
      className={buttonClasses("secondary", "sm")}
      data-testid={`audit-packet-${body}-${period}`}
    >
      {label}
    </a>
  );
}
