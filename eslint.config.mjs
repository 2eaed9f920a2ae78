import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/**
 * The layout, enforced (README "Layout"): each folder may import only what its role allows.
 * A pattern covers the bare module, anything deeper, and relative paths that reach the same place.
 */
const forbid = (folder, message) => ({
  group: [`@/${folder}`, `@/${folder}/**`, `**/${folder}`, `**/${folder}/**`, `../${folder}`],
  message,
});

const layoutRules = [
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(
              "app",
              "components/ is shared UI: a route's action or component arrives as a prop.",
            ),
            forbid(
              "db",
              "components/ never touches the database: the page loads data and passes it.",
            ),
            forbid(
              "lib/server",
              "components/ is presentational: server code is for routes and lib/server.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid("db", "lib/ is the pure domain: database access lives in lib/server and db/."),
            forbid("lib/server", "lib/ is the pure domain: it cannot depend on the server layer."),
            {
              group: ["next", "next/*"],
              message: "lib/ is the pure domain: framework code lives in lib/server and app/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    // Integration tests drive the production paths, which start in lib/server.
    ignores: ["db/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid("app", "db/ is the data layer: it serves routes, never imports them."),
            forbid("components", "db/ is the data layer: it has no UI."),
            forbid(
              "lib/server",
              "db/ sits below lib/server: the server layer calls it, not the reverse.",
            ),
          ],
        },
      ],
    },
  },
];

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
      "bench-results/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
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
      // A delete or update without a where clause touches every row: never by accident.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["getDb", "db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["getDb", "db", "tx"] }],
    },
  },
  ...layoutRules,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      // One link for the app: components/ui/link.tsx prefetches on intent, not on sight (issue 15).
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='next/link']",
          message: "Import { Link } from '@/components/ui/link': it prefetches on intent.",
        },
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
