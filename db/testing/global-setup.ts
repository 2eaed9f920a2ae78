import type { TestProject } from "vitest/node";
import { migrateAndSeed } from "../migrate";
import {
  createDatabase,
  databasesWithPrefix,
  dropDatabases,
  startAdminServer,
  withDatabase,
} from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    runPrefix: string;
  }
}

/** Once per run: a migrated, seeded template database that each worker clones. */
export default async function setup(project: TestProject) {
  const admin = await startAdminServer();
  const runPrefix = `scp_test_${Date.now().toString(36)}_${process.pid}`;
  const template = `${runPrefix}_template`;
  await createDatabase(admin.url, template);
  await migrateAndSeed(withDatabase(admin.url, template));
  project.provide("adminDatabaseUrl", admin.url);
  project.provide("templateDatabase", template);
  project.provide("runPrefix", runPrefix);

  return async () => {
    await dropDatabases(admin.url, await databasesWithPrefix(admin.url, runPrefix));
    await admin.stop();
  };
}
