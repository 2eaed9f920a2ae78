import { describe, expect, it } from "vitest";
import { trustedClientAddress } from "./client-address";

describe("trustedClientAddress", () => {
  it("uses the socket's address and ignores a forged header when no proxy is trusted", () => {
    expect(trustedClientAddress("6.6.6.6", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(trustedClientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("believes exactly as many hops as configured", () => {
    // client 198.51.100.9 → proxy A (adds client) → proxy B (adds A) → us (socket = B)
    const header = "6.6.6.6, 198.51.100.9, 10.0.0.2";
    expect(trustedClientAddress(header, "10.0.0.3", 1)).toBe("10.0.0.2");
    expect(trustedClientAddress(header, "10.0.0.3", 2)).toBe("198.51.100.9");
    expect(trustedClientAddress(header, "10.0.0.3", 3)).toBe("6.6.6.6");
  });

  it("never walks past the start of the chain", () => {
    expect(trustedClientAddress("198.51.100.9", "10.0.0.3", 5)).toBe("198.51.100.9");
    expect(trustedClientAddress(undefined, "10.0.0.3", 2)).toBe("10.0.0.3");
    expect(trustedClientAddress(["1.1.1.1", "2.2.2.2"], "10.0.0.3", 1)).toBe("2.2.2.2");
  });
});
