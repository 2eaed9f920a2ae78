import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { accountRequestRule, signInRule, signInSlowdown } from "./throttles";

afterAll(closeDb);

describe("sign-in throttling keys (finding 11)", () => {
  it("keys an IPv6 client by its /64: a client can't buy fresh tries by changing its low bits", () => {
    const email = "someone@example.org";
    const one = signInRule(email, "2001:db8:1:2::1").key;
    expect(signInRule(email, "2001:db8:1:2:ffff:ffff:ffff:fffe").key).toBe(one);
    expect(signInRule(email, "2001:0db8:0001:0002:0000:0000:0000:0009").key).toBe(one);
    expect(signInRule(email, "2001:db8:1:3::1").key).not.toBe(one);
    expect(accountRequestRule("sign-up", "2001:db8:1:2::1").key).toBe(
      accountRequestRule("sign-up", "2001:db8:1:2::abcd").key,
    );
    // IPv4 stays per address.
    expect(signInRule(email, "203.0.113.7").key).not.toBe(signInRule(email, "203.0.113.8").key);
  });
});

describe("the per-account sign-in slowdown (finding 11)", () => {
  it("grows with the account's recent failures from any address, and never refuses", async () => {
    const email = `slow-${randomUUID()}@example.org`;
    const delays: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      delays.push((await signInSlowdown(email)).delayMs);
    }
    // The first few attempts are not slowed; after that each waits longer, up to a cap.
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    for (let index = 3; index < delays.length; index++) {
      expect(delays[index]!, `attempt ${index + 1}`).toBeGreaterThanOrEqual(delays[index - 1]!);
    }
    expect(delays[3]!).toBeGreaterThan(0);
    expect(delays[11]!).toBeGreaterThan(delays[3]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000);

    // Another account is not slowed by this one's failures.
    expect((await signInSlowdown(`other-${randomUUID()}@example.org`)).delayMs).toBe(0);
    // A successful sign-in forgets the failures.
    await (await signInSlowdown(email)).release();
    expect((await signInSlowdown(email)).delayMs).toBe(0);
  });
});
