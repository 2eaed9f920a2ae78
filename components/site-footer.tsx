export function SiteFooter() {
  return (
    <footer className="border-t border-border bg-surface print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          This planner is not a registry. Credential rules change: always confirm eligibility, fees
          and deadlines with the issuing body (ARDMS, CCI, ARRT, PARCA, ABII, AHRA).
        </p>
      </div>
    </footer>
  );
}
