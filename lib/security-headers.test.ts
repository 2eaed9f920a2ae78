import { describe, expect, it } from "vitest";
import {
  commonSecurityHeaders,
  createNonce,
  dynamicPageHeaders,
  HSTS_VALUE,
  noncePolicy,
  oauthFormActionOrigins,
  publicPolicy,
  securitySettings,
  shouldSendHsts,
  staticHeaderRules,
} from "./security-headers";

/** directive name → its sources, as a browser would read the header. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      expect(directives.has(name), `duplicate directive ${name}`).toBe(false);
      directives.set(name, sources);
    }
  }
  return directives;
}

const LOCKED_DOWN = {
  "default-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

describe("noncePolicy", () => {
  const nonce = createNonce();
  const policy = parse(noncePolicy({ nonce }));

  it("allows scripts by this response's nonce and what they load, nothing inline", () => {
    expect(policy.get("script-src")).toEqual([
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'report-sample'",
    ]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("has every required directive", () => {
    for (const [name, sources] of Object.entries(LOCKED_DOWN)) {
      expect(policy.get(name), name).toEqual(sources);
    }
  });

  it("puts script-src first after default-src, where Next looks for the nonce", () => {
    const names = [...policy.keys()];
    expect(names.slice(0, 2)).toEqual(["default-src", "script-src"]);
    expect(names.filter((name) => name.startsWith("script-src"))).toEqual(["script-src"]);
  });

  it("adds eval only in development, and given hashes and form-action origins", () => {
    const dev = parse(
      noncePolicy({
        nonce,
        development: true,
        scriptHashes: ["sha256-abc="],
        formActionOrigins: ["https://accounts.google.com"],
      }),
    );
    expect(dev.get("script-src")).toEqual([
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'report-sample'",
      "'sha256-abc='",
      "'unsafe-eval'",
    ]);
    expect(dev.get("form-action")).toEqual(["'self'", "https://accounts.google.com"]);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => noncePolicy({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => noncePolicy({ nonce: "" })).toThrow();
  });
});

describe("createNonce", () => {
  it("is base64 of 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("publicPolicy", () => {
  const policy = parse(publicPolicy());

  it("locks down framing, plugins, base and every other directive", () => {
    for (const [name, sources] of Object.entries(LOCKED_DOWN)) {
      expect(policy.get(name), name).toEqual(sources);
    }
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
  });

  it("allows inline scripts only as elements: same-origin files, no eval, no handlers", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'report-sample'"]);
    expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    // A nonce or hash would silently switch 'unsafe-inline' off and break the pages.
    expect(publicPolicy()).not.toMatch(/nonce-|sha256-|strict-dynamic/);
    expect(parse(publicPolicy({ development: true })).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("shouldSendHsts", () => {
  it.each([
    [true, "https://planner.example.org", true],
    [true, "http://localhost:3100", false],
    [true, "http://planner.internal", false],
    [true, undefined, false],
    [true, "not a url", false],
    [false, "https://planner.example.org", false],
  ])("production=%s, app URL %s → %s", (production, appUrl, expected) => {
    expect(shouldSendHsts({ production, appUrl })).toBe(expected);
  });
});

describe("common headers", () => {
  const asObject = (list: { key: string; value: string }[]) =>
    Object.fromEntries(list.map(({ key, value }) => [key, value]));

  it("are always set; HSTS only when asked", () => {
    const plain = asObject(commonSecurityHeaders({ hsts: false }));
    expect(plain).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(plain["permissions-policy"]).toContain("camera=()");
    expect(plain["strict-transport-security"]).toBeUndefined();
    expect(asObject(commonSecurityHeaders({ hsts: true }))["strict-transport-security"]).toBe(
      HSTS_VALUE,
    );
    expect(HSTS_VALUE).toBe("max-age=63072000; includeSubDomains");
  });

  it("use lower-case keys, so proxy.ts replaces next.config's values instead of doubling them", () => {
    const rules = staticHeaderRules({ development: false, hsts: true });
    const keys = rules.flatMap((rule) => rule.headers.map((header) => header.key));
    for (const key of keys) expect(key).toBe(key.toLowerCase());
    const page = dynamicPageHeaders({ policy: "x", hsts: false });
    for (const { key } of page) expect(key).toBe(key.toLowerCase());
    expect(asObject(page)["cache-control"]).toMatch(/(^|, )no-store(,|$)/);
    expect(asObject(page)["cache-control"]).toMatch(/(^|, )private(,|$)/);
    expect(asObject(page)["content-security-policy"]).toBe("x");
  });

  it("give every route the public policy and the API no-store", () => {
    const rules = staticHeaderRules({ development: false, hsts: false });
    const all = rules.find((rule) => rule.source === "/:path*");
    expect(asObject(all!.headers)["content-security-policy"]).toBe(publicPolicy());
    const api = rules.find((rule) => rule.source === "/api/:path*");
    expect(asObject(api!.headers)["cache-control"]).toBe("no-store");
  });
});

describe("oauthFormActionOrigins", () => {
  it("lists only the enabled providers' authorization origins", () => {
    expect(
      oauthFormActionOrigins({ google: false, github: false, microsoftEntraIssuer: false }),
    ).toEqual([]);
    expect(
      oauthFormActionOrigins({
        google: true,
        github: true,
        microsoftEntraIssuer: "https://login.microsoftonline.com/tenant-id/v2.0",
      }),
    ).toEqual([
      "https://accounts.google.com",
      "https://github.com",
      "https://login.microsoftonline.com",
    ]);
    expect(
      oauthFormActionOrigins({ google: false, github: false, microsoftEntraIssuer: "" }),
    ).toEqual(["https://login.microsoftonline.com"]);
  });
});

describe("securitySettings", () => {
  it("follows lib/env.ts's rules for the app URL and the OAuth providers", () => {
    expect(securitySettings({ NODE_ENV: "production", APP_URL: "http://localhost:3100" })).toEqual({
      development: false,
      hsts: false,
      signInFormActions: [],
    });
    expect(
      securitySettings({
        NODE_ENV: "production",
        AUTH_URL: "https://planner.example.org",
        AUTH_GOOGLE_ID: "id",
        AUTH_GOOGLE_SECRET: "secret",
        AUTH_GITHUB_ID: "id", // no secret: not enabled
        AUTH_MICROSOFT_ENTRA_ID_ID: "id",
        AUTH_MICROSOFT_ENTRA_ID_SECRET: "secret",
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
      }),
    ).toEqual({
      development: false,
      hsts: true,
      signInFormActions: ["https://accounts.google.com", "https://login.microsoftonline.com"],
    });
    // APP_URL wins over AUTH_URL, as in lib/env.ts; blank counts as unset.
    expect(
      securitySettings({
        NODE_ENV: "production",
        APP_URL: "http://intranet.local",
        AUTH_URL: "https://planner.example.org",
      }).hsts,
    ).toBe(false);
    expect(
      securitySettings({ NODE_ENV: "production", APP_URL: " ", AUTH_URL: "https://x.example" })
        .hsts,
    ).toBe(true);
    expect(securitySettings({ NODE_ENV: "development" })).toMatchObject({
      development: true,
      hsts: false,
    });
  });
});
