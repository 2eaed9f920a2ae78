import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { RateLimited } from "@/lib/errors";
import { throttled } from "./actions";

afterAll(closeDb);

describe("throttled", () => {
  it("lets no more than the limit through when attempts arrive at once", async () => {
    const rule = { bucket: "test-race", key: randomUUID(), limit: 5, windowMinutes: 15 };
    let ran = 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => throttled(rule, async () => void ran++)),
    );
    expect(ran).toBe(5);
    const refused = outcomes.filter(
      (outcome) => outcome.status === "rejected" && outcome.reason instanceof RateLimited,
    );
    expect(refused).toHaveLength(35);
    expect((refused[0] as PromiseRejectedResult).reason.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("a released attempt gives the key its allowance back; an unreleased one keeps counting", async () => {
    const rule = { bucket: "test-release", key: randomUUID(), limit: 2, windowMinutes: 15 };
    await throttled(rule, async () => {});
    await throttled(rule, async () => {});
    await expect(throttled(rule, async () => {})).rejects.toBeInstanceOf(RateLimited);

    const other = { ...rule, key: randomUUID() };
    for (let attempt = 0; attempt < 5; attempt++) {
      await throttled(other, async (release) => release());
    }
  });
});
