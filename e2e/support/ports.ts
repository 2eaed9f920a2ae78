/**
 * Every port the end-to-end suite uses, from one base (E2E_PORT, default 3100), so that two
 * checkouts can run their suites side by side: the app, the SMTP catcher, and extra instances.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_CATCHER_PORT = E2E_PORT + 50;

/** The port of an extra app instance (1 to 49), e.g. one with its own settings. */
export function extraServerPort(instance: number): number {
  if (!Number.isInteger(instance) || instance < 1 || instance > 49) {
    throw new RangeError(`Extra server instances are numbered 1 to 49, not ${instance}`);
  }
  return E2E_PORT + instance;
}
