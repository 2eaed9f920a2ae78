import "server-only";
import { headers } from "next/headers";
import { cache } from "react";

/** The reader's preferred locale from Accept-Language (signed-in pages are dynamic anyway). */
export const requestLocale = cache(async (): Promise<string> => {
  const header = (await headers()).get("accept-language") ?? "";
  const first = header.split(",")[0]?.split(";")[0]?.trim();
  try {
    return first ? (Intl.getCanonicalLocales(first)[0] ?? "en-US") : "en-US";
  } catch {
    return "en-US";
  }
});
