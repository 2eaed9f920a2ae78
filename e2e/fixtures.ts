/**
 * `test` and `expect` for every spec: Playwright's, plus an automatic Content-Security-Policy
 * guard. For every page the test uses (its own `page`, pages opened in its context, and pages of
 * contexts it creates with `browser.newContext()` / `browser.newPage()`), the guard
 * - records every `securitypolicyviolation` (on `window.__cspViolations`, and reported to the
 *   test through a marked console.error), and fails the test if any happened that the test did
 *   not declare expected with `csp.expectViolation(…)`;
 * - checks that every main-frame document response carries a `Content-Security-Policy` header.
 */
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

// Everything else (`expect`, types such as Page and Locator) as Playwright exports it; the local
// `test` below shadows Playwright's.
export * from "@playwright/test";

export interface CspViolation {
  id: string;
  directive: string;
  blockedURI: string;
  documentURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  disposition: string;
}

export interface CspGuard {
  /** Every violation reported so far, in every page of the test. */
  readonly violations: readonly CspViolation[];
  /** Declares matching violations expected: they no longer fail the test. */
  expectViolation(match: (violation: CspViolation) => boolean): void;
}

const MARKER = "[csp-violation]";

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/** Runs in every document before its own scripts (serialised: no closures). */
function recordViolations(marker: string) {
  const violations: CspViolation[] = [];
  window.__cspViolations = violations;
  let count = 0;
  document.addEventListener(
    "securitypolicyviolation",
    (event) => {
      const violation: CspViolation = {
        id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${count++}`,
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        documentURI: event.documentURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
        disposition: event.disposition,
      };
      violations.push(violation);
      console.error(`${marker}${JSON.stringify(violation)}`);
    },
    true,
  );
}

function describeViolation(violation: CspViolation): string {
  const where = violation.sourceFile ? ` at ${violation.sourceFile}:${violation.lineNumber}` : "";
  const sample = violation.sample ? ` (sample: ${JSON.stringify(violation.sample)})` : "";
  return `${violation.directive} blocked ${violation.blockedURI || "(none)"} on ${violation.documentURI}${where}${sample}`;
}

export const test = base.extend<{ csp: CspGuard }>({
  csp: [
    async ({ browser, context }, provide) => {
      const violations = new Map<string, CspViolation>();
      const expected: ((violation: CspViolation) => boolean)[] = [];
      const missingPolicy: string[] = [];
      const contexts = new Set<BrowserContext>();
      const pages = new Set<Page>();

      const record = (violation: CspViolation) => {
        if (!violations.has(violation.id)) violations.set(violation.id, violation);
      };

      const watchPage = (page: Page) => {
        if (pages.has(page)) return;
        pages.add(page);
        page.on("console", (message) => {
          const text = message.text();
          if (message.type() !== "error" || !text.startsWith(MARKER)) return;
          try {
            record(JSON.parse(text.slice(MARKER.length)) as CspViolation);
          } catch {
            // Not ours.
          }
        });
        page.on("response", (response) => {
          const request = response.request();
          if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
          if (!response.headers()["content-security-policy"]) {
            missingPolicy.push(`${request.method()} ${response.url()} → ${response.status()}`);
          }
        });
      };

      const instrument = async (target: BrowserContext) => {
        if (contexts.has(target)) return;
        contexts.add(target);
        await target.addInitScript(recordViolations, MARKER);
        target.pages().forEach(watchPage);
        target.on("page", watchPage);
      };

      await instrument(context);
      // Contexts the test makes itself (a second user, a second tab): instrument them before
      // the test gets them, so their first document already records violations.
      // (browser.newPage() goes through browser.newContext().)
      const originalNewContext = browser.newContext;
      const patched: Browser["newContext"] = async function (this: Browser, ...args) {
        const created = await originalNewContext.apply(this, args);
        await instrument(created);
        return created;
      };
      browser.newContext = patched;

      const guard: CspGuard = {
        get violations() {
          return [...violations.values()];
        },
        expectViolation(match) {
          expected.push(match);
        },
      };

      try {
        await provide(guard);
      } finally {
        browser.newContext = originalNewContext;
      }

      // Violations still on the way through the console: read what the open pages hold.
      for (const page of pages) {
        if (page.isClosed()) continue;
        const held = await Promise.race([
          page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as CspViolation[]),
          new Promise<CspViolation[]>((resolve) => setTimeout(() => resolve([]), 2_000)),
        ]);
        held.forEach(record);
      }

      const unexpected = [...violations.values()].filter(
        (violation) => !expected.some((match) => match(violation)),
      );
      const problems: string[] = [
        ...unexpected.map((violation) => `CSP violation: ${describeViolation(violation)}`),
        ...missingPolicy.map((response) => `No Content-Security-Policy header on ${response}`),
      ];
      if (problems.length > 0) {
        throw new Error(`Content-Security-Policy guard:\n  ${problems.join("\n  ")}`);
      }
    },
    { auto: true },
  ],
});
