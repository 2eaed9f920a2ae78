/**
 * A small OpenID Connect provider on loopback, so that Auth.js runs its real OAuth callback code
 * in the e2e suite (the internet is out of reach): discovery, JWKS, authorize (consent is
 * automatic), token (authorization code + PKCE, each code usable once) and userinfo.
 *
 * The test chooses who signs in: `identityCookie()` gives a cookie for the provider's origin that
 * names (by an id; the provider keeps it) the identity (sub, email, email_verified, name) and optional quirks (a wrong issuer in the
 * ID token, a missing email...). Each browser context carries its own, so tests run in parallel.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

export interface OidcIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Tests of hostile input: what the provider gets wrong on purpose. */
  quirks?: {
    /** The ID token's `iss` (the discovery document keeps the real one). */
    idTokenIssuer?: string;
    /** The ID token's `aud`. */
    idTokenAudience?: string;
    /** Extra claims merged into the ID token and userinfo (huge or odd values). */
    extraClaims?: Record<string, unknown>;
  };
}

export const IDENTITY_COOKIE = "oidc-identity";

interface IssuedCode {
  identity: OidcIdentity;
  clientId: string;
  redirectUri: string;
  nonce?: string;
  codeChallenge?: string;
  used: boolean;
}

export interface OidcProvider {
  issuer: string;
  /** Every client id this provider accepts maps to its secret. */
  clients: Record<string, string>;
  /** How many token requests were refused, by reason (for tests of replayed codes). */
  refusals: string[];
  /** A cookie for the provider's origin that makes its authorize step sign in as `identity`. */
  identityCookie(identity: OidcIdentity): { name: string; value: string; url: string };
  stop(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

// The e2e fixture checks every document the browser opens carries a policy; this one allows nothing.
const POLICY = { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    ...POLICY,
  });
  response.end(JSON.stringify(body));
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

export async function startOidcProvider(
  port: number,
  clients: Record<string, string>,
): Promise<OidcProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "loopback-1", alg: "RS256", use: "sig" };
  const codes = new Map<string, IssuedCode>();
  const identities = new Map<string, OidcIdentity>();
  const accessTokens = new Map<string, OidcIdentity>();
  const refusals: string[] = [];

  function claimsOf(identity: OidcIdentity): Record<string, unknown> {
    const claims: Record<string, unknown> = { sub: identity.sub };
    if (identity.email !== undefined) claims.email = identity.email;
    if (identity.email_verified !== undefined) claims.email_verified = identity.email_verified;
    if (identity.name !== undefined) claims.name = identity.name;
    return { ...claims, ...identity.quirks?.extraClaims };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", issuer);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        scopes_supported: ["openid", "email", "profile"],
      });
    }
    if (url.pathname === "/jwks") return json(response, 200, { keys: [jwk] });
    if (url.pathname === "/authorize") {
      const clientId = url.searchParams.get("client_id") ?? "";
      const redirectUri = url.searchParams.get("redirect_uri") ?? "";
      if (!(clientId in clients) || url.searchParams.get("response_type") !== "code") {
        return json(response, 400, { error: "invalid_request" });
      }
      const raw = cookieValue(request, IDENTITY_COOKIE);
      if (!raw) return json(response, 400, { error: "no identity chosen by the test" });
      const identity = identities.get(raw);
      if (!identity) return json(response, 400, { error: "unknown identity" });
      const code = randomBytes(24).toString("base64url");
      codes.set(code, {
        identity,
        clientId,
        redirectUri,
        nonce: url.searchParams.get("nonce") ?? undefined,
        codeChallenge: url.searchParams.get("code_challenge") ?? undefined,
        used: false,
      });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      const state = url.searchParams.get("state");
      if (state) back.searchParams.set("state", state);
      back.searchParams.set("iss", issuer);
      response.writeHead(302, { Location: back.toString(), ...POLICY });
      response.end();
      return;
    }
    if (url.pathname === "/token" && request.method === "POST") {
      const form = new URLSearchParams(await readBody(request));
      let clientId = form.get("client_id") ?? "";
      let secret = form.get("client_secret") ?? "";
      const basic = request.headers.authorization?.match(/^Basic (.+)$/)?.[1];
      if (basic) {
        const [id, pass] = Buffer.from(basic, "base64").toString("utf8").split(":");
        clientId = decodeURIComponent(id ?? "");
        secret = decodeURIComponent(pass ?? "");
      }
      const refuse = (reason: string) => {
        refusals.push(reason);
        return json(response, 400, { error: "invalid_grant", error_description: reason });
      };
      if (clients[clientId] === undefined || clients[clientId] !== secret) {
        return refuse("client authentication failed");
      }
      const code = form.get("code") ?? "";
      const issued = codes.get(code);
      if (!issued) return refuse("unknown code");
      if (issued.used) return refuse("code already used");
      issued.used = true;
      if (issued.clientId !== clientId) return refuse("code issued to another client");
      if (issued.redirectUri !== form.get("redirect_uri")) return refuse("redirect_uri mismatch");
      if (issued.codeChallenge) {
        const verifier = form.get("code_verifier") ?? "";
        const challenge = createHash("sha256").update(verifier).digest("base64url");
        if (challenge !== issued.codeChallenge) return refuse("PKCE verification failed");
      }
      const accessToken = randomBytes(24).toString("base64url");
      accessTokens.set(accessToken, issued.identity);
      const idToken = await new SignJWT({
        ...claimsOf(issued.identity),
        ...(issued.nonce ? { nonce: issued.nonce } : {}),
      })
        .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
        .setIssuer(issued.identity.quirks?.idTokenIssuer ?? issuer)
        .setAudience(issued.identity.quirks?.idTokenAudience ?? clientId)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return json(response, 200, {
        access_token: accessToken,
        token_type: "Bearer",
        expires_in: 300,
        scope: "openid email profile",
        id_token: idToken,
      });
    }
    if (url.pathname === "/userinfo") {
      const token = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1] ?? "";
      const identity = accessTokens.get(token);
      if (!identity) return json(response, 401, { error: "invalid_token" });
      return json(response, 200, claimsOf(identity));
    }
    json(response, 404, { error: "not found" });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      json(response, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return {
    issuer,
    clients,
    refusals,
    identityCookie: (identity) => {
      // The identity stays here; the cookie only names it (huge claims would not fit a cookie).
      const id = randomBytes(12).toString("base64url");
      identities.set(id, identity);
      return { name: IDENTITY_COOKIE, value: id, url: issuer };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
