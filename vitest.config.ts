import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside a React Server Component bundle; tests run in plain Node.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // Pure functions over data: no module state worth a fresh import per file, and the
          // catalog's import per file was most of the project's time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["db/**/*.int.test.ts", "app/**/*.int.test.ts", "lib/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["./db/testing/global-setup.ts"],
          setupFiles: ["./db/testing/worker-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
