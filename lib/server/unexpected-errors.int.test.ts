import {
  afterAll,
  afterEach,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from "vitest";
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
const { errorResponse } = await import("./http");
const { withErrorsRedacted } = await import("./unexpected-errors");

afterAll(closeDb);

/** A token-like value that must never reach the log: Postgres quotes it in its error message. */
const SECRET = "tok_4f1c9e0b7d2a4c6e8f0a1b3c5d7e9f11";

/** A real PostgresError whose message and detail carry the secret. */
async function postgresErrorCarryingTheSecret(): Promise<unknown> {
  try {
    await sqlClient()`select ${SECRET}::uuid`;
  } catch (error) {
    return error;
  }
  throw new Error("the query was expected to fail");
}

let logged: MockInstance<typeof console.error>;
beforeEach(() => {
  logged = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => logged.mockRestore());

function logText(): string {
  return logged.mock.calls
    .flat()
    .map((part) =>
      part instanceof Error ? `${part.stack} ${JSON.stringify({ ...part })}` : String(part),
    )
    .join("\n");
}

describe("an unexpected error", () => {
  it("in a route handler: a 500 with a reference; the log has class, code and that reference, never the query's values", async () => {
    const error = await postgresErrorCarryingTheSecret();
    expect(String((error as Error).message)).toContain(SECRET); // the hazard is real

    const response = errorResponse(error);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; reference?: string };
    expect(body.reference).toMatch(/^[a-z0-9]{10}$/);
    expect(body.error).toContain(body.reference);

    const log = logText();
    expect(log).toContain("PostgresError");
    expect(log).toContain("22P02");
    expect(log).toContain(body.reference);
    expect(log).not.toContain(SECRET);
  });

  it("in a server action: the message quotes a reference the log shares, and nothing secret is logged", async () => {
    const explode = publicAction("test.explode", z.object({}).strict(), async () => {
      throw await postgresErrorCarryingTheSecret();
    });
    const result = await explode(undefined, {});
    expect(result.ok).toBe(false);
    const reference = /Reference: ([a-z0-9]{10})/.exec(result.ok ? "" : result.message)?.[1];
    expect(reference).toBeDefined();

    const log = logText();
    expect(log).toContain("[action test.explode]");
    expect(log).toContain("PostgresError");
    expect(log).toContain("22P02");
    expect(log).toContain(reference);
    expect(log).not.toContain(SECRET);
  });

  it("two failures get two references", async () => {
    const error = await postgresErrorCarryingTheSecret();
    const first = ((await errorResponse(error).json()) as { reference: string }).reference;
    const second = ((await errorResponse(error).json()) as { reference: string }).reference;
    expect(first).not.toBe(second);
  });
});

describe("the production log", () => {
  it("prints an Error it is given (as Next prints a failed render) without its message or detail", async () => {
    const error = Object.assign((await postgresErrorCarryingTheSecret()) as Error, {
      digest: "2967433011",
    });
    const lines: unknown[][] = [];
    const log = withErrorsRedacted((...args: unknown[]) => void lines.push(args));
    log(" ⨯", error);
    const printed = lines.flat().join(" ");
    expect(printed).toContain("PostgresError code=22P02 ref=2967433011");
    expect(printed).toMatch(/\n\s+at /);
    expect(printed).not.toContain(SECRET);
    expect(lines[0]![0]).toBe(" ⨯");
  });
});
