import { readFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabases, withDatabase } from "../../db/testing/databases";

/** A fresh, empty database on the e2e server, for specs that must own all of its rows. */
export async function ownDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = readFileSync(path.resolve(".data/e2e/admin-url"), "utf8").trim();
  const name = `scp_e2e_${label}_${Date.now().toString(36)}_${process.pid}`;
  await createDatabase(admin, name);
  return { url: withDatabase(admin, name), drop: () => dropDatabases(admin, [name]) };
}
