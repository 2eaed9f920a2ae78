import { describe, expect, it } from "vitest";
import { sessionVerdict } from "./session-policy";

const now = new Date("2026-11-24T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const daysAgo = (days: number) => minutesAgo(days * 24 * 60);

describe("sessionVerdict", () => {
  it("keeps a fresh session without writing", () => {
    expect(
      sessionVerdict(
        { createdAt: minutesAgo(10), lastSeenAt: minutesAgo(1), revokedAt: null },
        now,
      ),
    ).toBe("live");
  });

  it("asks to refresh last-seen once it is a few minutes old", () => {
    expect(
      sessionVerdict({ createdAt: daysAgo(1), lastSeenAt: minutesAgo(6), revokedAt: null }, now),
    ).toBe("touch");
  });

  it("ends a revoked session", () => {
    expect(
      sessionVerdict(
        { createdAt: minutesAgo(2), lastSeenAt: minutesAgo(1), revokedAt: minutesAgo(1) },
        now,
      ),
    ).toBe("expired");
  });

  it("ends a session idle for more than 7 days", () => {
    expect(
      sessionVerdict({ createdAt: daysAgo(8), lastSeenAt: daysAgo(7.01), revokedAt: null }, now),
    ).toBe("expired");
    expect(
      sessionVerdict({ createdAt: daysAgo(8), lastSeenAt: daysAgo(6.99), revokedAt: null }, now),
    ).toBe("touch");
  });

  it("ends any session older than 30 days, however active", () => {
    expect(
      sessionVerdict(
        { createdAt: daysAgo(30.01), lastSeenAt: minutesAgo(1), revokedAt: null },
        now,
      ),
    ).toBe("expired");
    expect(
      sessionVerdict(
        { createdAt: daysAgo(29.99), lastSeenAt: minutesAgo(1), revokedAt: null },
        now,
      ),
    ).toBe("live");
  });
});
