import { describe, expect, it } from "vitest";
import { throttleKeyOfAddress, trustedClientAddress } from "./client-address";

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

describe("throttleKeyOfAddress", () => {
  it("keeps IPv4 addresses and anything that is not an address", () => {
    expect(throttleKeyOfAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKeyOfAddress("unknown")).toBe("unknown");
  });

  it("keys IPv6 by its /64, however the address is written", () => {
    const key = throttleKeyOfAddress("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    for (const same of [
      "2001:db8:1:2:ffff:ffff:ffff:fffe",
      "2001:0DB8:0001:0002:0000:0000:0000:0009",
      "2001:db8:1:2::1.2.3.4",
      "2001:db8:1:2::1%eth0",
    ]) {
      expect(throttleKeyOfAddress(same), same).toBe(key);
    }
    expect(throttleKeyOfAddress("2001:db8:1:3::1")).not.toBe(key);
    expect(throttleKeyOfAddress("::1")).toBe("0:0:0:0::/64");
    expect(throttleKeyOfAddress("fe80::1")).toBe("fe80:0:0:0::/64");
  });

  it("returns malformed addresses unchanged rather than guessing", () => {
    expect(throttleKeyOfAddress("1::2::3")).toBe("1::2::3");
    expect(throttleKeyOfAddress("zz::1")).toBe("zz::1");
    expect(throttleKeyOfAddress("1:2:3:4:5:6:7:8:9")).toBe("1:2:3:4:5:6:7:8:9");
  });
});
