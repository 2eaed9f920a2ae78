/** Starts an embedded cluster and idles: a stand-in for an app process that tests then kill. */
import { startEmbeddedPostgres } from "../embedded";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: start-embedded.ts DATA_DIR");
const db = await startEmbeddedPostgres({ dataDir, log: () => {} });
console.log(`READY ${db.port} ${process.pid}`);
setInterval(() => {}, 1000);
