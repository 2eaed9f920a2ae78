/**
 * `node --import ./scripts/node/server-only.mjs --import tsx …`: runs the app's server modules in
 * a plain Node process (the worker, scripts). `server-only` throws outside a React Server
 * Components bundle; here it resolves to an empty module. The react-server condition would do
 * that too, but it also swaps in React's server-components build, which cannot render mail
 * (react-dom/server refuses to load there).
 */
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
  import.meta.url,
);
