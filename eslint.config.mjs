import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "db/migrations/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Only lib/env.ts reads the environment; config files and scripts are the listed exceptions.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Import env from '@/lib/env' instead." },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "*.config.ts",
      "*.config.mjs",
      "scripts/**",
      "e2e/**",
      "db/testing/**",
      "**/*.test.ts",
      "db/embedded.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
