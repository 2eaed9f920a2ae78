export async function register() {
  // Node-only start-up (database, migrations) lives apart so the Edge compile never sees it.
  // NEXT_RUNTIME is set by Next itself, not configuration, so it is read here directly.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
