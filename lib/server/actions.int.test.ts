import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { closeDb, sqlClient } from "@/db";

// The action wrapper reads the session and the client's address from the request; these tests
// call it outside one, so those two lookups answer "nobody, from loopback".
vi.mock("@/lib/server/auth/current-user", () => ({
  currentUser: async () => null,
  requireUser: async () => {
    throw new Error("not signed in");
  },
}));
vi.mock("@/lib/server/request-context", () => ({ clientAddress: async () => "127.0.0.1" }));

const { publicAction } = await import("./actions");

afterAll(closeDb);

describe("text with a NUL character (found by e2e/fuzz.spec.ts: sign-up with one in the name)", () => {
  // Postgres cannot store U+0000 in text or jsonb (22021, 22P05): it must never get that far.
  const saveName = publicAction(
    "test.saveName",
    z.object({ name: z.string().max(100), tags: z.array(z.string()).optional() }).strict(),
    async ({ name }) => {
      await sqlClient()`select ${name}::text`;
      return { ok: true };
    },
  );

  it("is refused next to its field, before the handler runs, instead of an unexpected error", async () => {
    const result = await saveName(undefined, { name: "Ada\u0000Lovelace" });
    expect(result.ok).toBe(false);
    expect(result.message).not.toContain("Something went wrong");
    expect(result.ok ? undefined : result.errors?.name?.[0]).toMatch(/NUL character/);
  });

  it("is refused inside a list as well", async () => {
    const result = await saveName(undefined, { name: "Ada", tags: ["ok", "\u0000"] });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.errors?.tags?.[0]).toMatch(/NUL character/);
  });

  it("other hostile text (lone surrogates, right-to-left overrides, combining marks) still saves", async () => {
    const result = await saveName(undefined, { name: "\uD800 \u202Etxt e\u0301\u0301" });
    expect(result).toEqual({ ok: true });
  });
});
