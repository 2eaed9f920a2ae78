import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("test-only variables", () => {
  it("pins the clock in tests, and refuses to where the public URL is https", () => {
    expect(parseEnv({ CLOCK_NOW: "2026-11-30T12:00:00Z" }).CLOCK_NOW).toBe("2026-11-30T12:00:00Z");
    expect(() =>
      parseEnv({ CLOCK_NOW: "2026-11-30T12:00:00Z", APP_URL: "https://planner.example.org" }),
    ).toThrow(/CLOCK_NOW: for tests only/);
    expect(() =>
      parseEnv({ CLOCK_NOW: "2026-11-30T12:00:00Z", AUTH_URL: "https://planner.example.org" }),
    ).toThrow(/for tests only/);
  });

  it("captures the benchmark's SQL only into bench-results/", () => {
    expect(parseEnv({ BENCH_CAPTURE_SQL: "bench-results/sql.jsonl" }).BENCH_CAPTURE_SQL).toBe(
      "bench-results/sql.jsonl",
    );
    for (const outside of ["/tmp/sql.jsonl", "bench-results/../sql.jsonl", "sql.jsonl"]) {
      expect(() => parseEnv({ BENCH_CAPTURE_SQL: outside })).toThrow(/under bench-results/);
    }
    expect(() =>
      parseEnv({ BENCH_CAPTURE_SQL: "bench-results/sql.jsonl", APP_URL: "https://x.example" }),
    ).toThrow(/for tests only/);
  });

  it("sizes the database pool: a few connections unless told, a whole number from 1 to 100", () => {
    expect(parseEnv({}).DATABASE_POOL_SIZE).toBe(3);
    expect(parseEnv({ DATABASE_POOL_SIZE: "12" }).DATABASE_POOL_SIZE).toBe(12);
    expect(parseEnv({}).DATABASE_UPLOAD_POOL_SIZE).toBe(2);
    for (const refused of ["0", "2.5", "101", "many"]) {
      expect(() => parseEnv({ DATABASE_POOL_SIZE: refused })).toThrow(/DATABASE_POOL_SIZE/);
    }
  });

  it("reads a variable set to nothing as unset, so .env.example copied as it is starts", () => {
    const example = Object.fromEntries(
      readFileSync(path.resolve(".env.example"), "utf8")
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(example.PORT).toBe("");
    const parsed = parseEnv(example);
    expect(parsed.PORT).toBe(3000);
    expect(parsed.DATABASE_POOL_SIZE).toBe(3);
    expect(parsed.JOBS_EXPIRE_SECONDS).toBe(300);
  });

  it("serves the benchmark floor page only when asked", () => {
    expect(parseEnv({}).BENCH_FLOOR).toBe(false);
    expect(parseEnv({ BENCH_FLOOR: "1" }).BENCH_FLOOR).toBe(true);
    expect(parseEnv({ BENCH_FLOOR: "0" }).BENCH_FLOOR).toBe(false);
    expect(() => parseEnv({ BENCH_FLOOR: "yes" })).toThrow(/BENCH_FLOOR/);
  });

  it("points Google at a test issuer only where the public URL is not https", () => {
    const issuer = "http://127.0.0.1:4120";
    expect(parseEnv({ AUTH_GOOGLE_TEST_ISSUER: issuer }).AUTH_GOOGLE_TEST_ISSUER).toBe(issuer);
    expect(
      parseEnv({ AUTH_GOOGLE_TEST_ISSUER: issuer, APP_URL: "http://localhost:4121" })
        .AUTH_GOOGLE_TEST_ISSUER,
    ).toBe(issuer);
    expect(() =>
      parseEnv({ AUTH_GOOGLE_TEST_ISSUER: issuer, APP_URL: "https://planner.example.org" }),
    ).toThrow(/AUTH_GOOGLE_TEST_ISSUER: for tests only/);
    expect(() =>
      parseEnv({ AUTH_GOOGLE_TEST_ISSUER: issuer, AUTH_URL: "https://planner.example.org" }),
    ).toThrow(/for tests only/);
  });
});
