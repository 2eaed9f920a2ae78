export async function register() {
  // Node-only start-up (database, migrations) lives apart so the Edge compile never sees it.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
