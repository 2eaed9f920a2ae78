/**
 * The layout is carried by lint (eslint.config.mjs): each rule, given one file that breaks it,
 * reports it. The fixtures are virtual files at the paths each rule governs.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("lint carries the layout", () => {
  // Loading the config and its plugins is a one-time cost of many seconds on a busy machine; pay
  // it here, outside the budget of the first rule's test (each rule's check is then fast).
  beforeAll(async () => {
    await eslint.calculateConfigForFile("lib/fixture.ts");
    await eslint.lintText("export const warm = 1;\n", { filePath: "lib/fixture.ts" });
  }, 120_000);

  it.each([
    [
      "components → db",
      "components/fixture.tsx",
      'import { getDb } from "@/db";\nexport const x = getDb;\n',
    ],
    [
      "components → db (relative)",
      "components/ui/fixture.tsx",
      'import { users } from "../../db/schema";\nexport const x = users;\n',
    ],
    [
      "components → app",
      "components/fixture.tsx",
      'import { startPathAction } from "@/app/(app)/plans/actions";\nexport const x = startPathAction;\n',
    ],
    [
      "components → lib/server",
      "components/fixture.tsx",
      'import { now } from "@/lib/server/clock";\nexport const x = now;\n',
    ],
    ["lib → db", "lib/plan/fixture.ts", 'import { getDb } from "@/db";\nexport const x = getDb;\n'],
    [
      "lib → db (relative)",
      "lib/fixture.ts",
      'import { users } from "../db/schema";\nexport const x = users;\n',
    ],
    [
      "lib → next",
      "lib/plan/fixture.ts",
      'import { redirect } from "next/navigation";\nexport const x = redirect;\n',
    ],
    [
      "lib → lib/server",
      "lib/catalog/fixture.ts",
      'import { now } from "@/lib/server/clock";\nexport const x = now;\n',
    ],
    [
      "db → app",
      "db/queries/fixture.ts",
      'import { signUp } from "@/app/(public)/sign-up/actions";\nexport const x = signUp;\n',
    ],
    [
      "db → lib/server",
      "db/queries/fixture.ts",
      'import { now } from "@/lib/server/clock";\nexport const x = now;\n',
    ],
  ])("%s is an error", async (_rule, filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it("lets each folder import what its role allows", async () => {
    expect(
      await restrictedImports(
        "lib/server/fixture.ts",
        'import { getDb } from "@/db";\nimport { redirect } from "next/navigation";\nexport const x = [getDb, redirect];\n',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "components/fixture.tsx",
        'import { catalog } from "@/lib/catalog";\nexport const x = catalog;\n',
      ),
    ).toEqual([]);
  });

  it("app/ and components/ link through components/ui/link.tsx, never next/link", async () => {
    const code = 'import Link from "next/link";\nexport const x = Link;\n';
    for (const filePath of ["app/(public)/fixture.tsx", "components/catalog/fixture.tsx"]) {
      const [result] = await eslint.lintText(code, { filePath });
      expect(result?.messages.map((message) => message.ruleId)).toContain("no-restricted-syntax");
    }
    const [wrapper] = await eslint.lintText(code, { filePath: "components/ui/link.tsx" });
    expect(wrapper?.messages.map((message) => message.ruleId)).not.toContain(
      "no-restricted-syntax",
    );
  });

  it("a delete without where is an error, in the data layer", async () => {
    const [result] = await eslint.lintText(
      'import { getDb } from "@/db";\nimport { users } from "@/db/schema";\nexport const wipe = () => getDb().delete(users);\n',
      { filePath: "db/queries/fixture.ts" },
    );
    expect(result?.messages.map((message) => message.ruleId)).toContain(
      "drizzle/enforce-delete-with-where",
    );
  });
});
