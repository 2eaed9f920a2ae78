/**
 * JavaScript a browser downloads for a page: a cold Chromium context per page (no cache), every
 * response of type Script until the network is idle, from the DevTools protocol:
 * - encoded (on the wire, gzip): Network.loadingFinished.encodedDataLength minus the response
 *   headers' bytes (Response.encodedDataLength when the headers arrived);
 * - decoded: the sum of Network.dataReceived.dataLength.
 * The runtime is the build manifest's rootMainFiles (Next + React); every other script is ours.
 * Requests to /api/auth/session are counted too (an anonymous visit should make none).
 */
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface PageJs {
  label: string;
  /** Visited with a session cookie. */
  signedIn: boolean;
  /** Requests to /api/auth/session the page made (an anonymous page should make none). */
  sessionRequests: number;
  path: string;
  scripts: number;
  encodedBytes: number;
  decodedBytes: number;
  /** Of encodedBytes: Next's and React's runtime (build-manifest.json rootMainFiles). */
  frameworkBytes: number;
  /** Content-Encoding values seen on the scripts (e.g. gzip). */
  encodings: string[];
  urls: { url: string; encodedBytes: number; decodedBytes: number }[];
}

interface ScriptEntry {
  url: string;
  headerBytes: number;
  encodedBytes: number;
  decodedBytes: number;
  encoding: string;
  finished: boolean;
}

export async function measurePageJs(input: {
  baseUrl: string;
  pages: { label: string; path: string; cookie?: string }[];
}): Promise<PageJs[]> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as {
    rootMainFiles?: string[];
  };
  const framework = new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
  const browser = await chromium.launch({ executablePath });
  const results: PageJs[] = [];
  try {
    for (const target of input.pages) {
      const context = await browser.newContext();
      if (target.cookie) {
        await context.addCookies(
          target.cookie.split("; ").map((pair) => {
            const index = pair.indexOf("=");
            return { name: pair.slice(0, index), value: pair.slice(index + 1), url: input.baseUrl };
          }),
        );
      }
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const scripts = new Map<string, ScriptEntry>();
      let sessionRequests = 0;
      cdp.on("Network.requestWillBeSent", (event) => {
        if (new URL(event.request.url).pathname === "/api/auth/session") sessionRequests++;
      });
      cdp.on("Network.responseReceived", (event) => {
        if (event.type !== "Script") return;
        const headers = Object.fromEntries(
          Object.entries(event.response.headers).map(([key, value]) => [key.toLowerCase(), value]),
        );
        scripts.set(event.requestId, {
          url: event.response.url,
          headerBytes: event.response.encodedDataLength,
          encodedBytes: 0,
          decodedBytes: 0,
          encoding: String(headers["content-encoding"] ?? "identity"),
          finished: false,
        });
      });
      cdp.on("Network.dataReceived", (event) => {
        const entry = scripts.get(event.requestId);
        if (entry) entry.decodedBytes += event.dataLength;
      });
      cdp.on("Network.loadingFinished", (event) => {
        const entry = scripts.get(event.requestId);
        if (!entry) return;
        entry.encodedBytes = Math.max(0, event.encodedDataLength - entry.headerBytes);
        entry.finished = true;
      });
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const response = await page.goto(`${input.baseUrl}${target.path}`, { waitUntil: "load" });
      // Then until the network is quiet, within bounds: on a loaded machine the link prefetches
      // (not scripts) can keep it busy for long.
      await page.waitForLoadState("networkidle", { timeout: 20_000 }).catch(() => {});
      if (!response?.ok()) {
        throw new Error(`${target.path}: HTTP ${response?.status()} (${page.url()})`);
      }
      if (new URL(page.url()).pathname !== target.path) {
        throw new Error(`${target.path} redirected to ${page.url()}`);
      }
      await page.waitForTimeout(500);
      const done = [...scripts.values()].filter((entry) => entry.finished);
      results.push({
        label: target.label,
        signedIn: Boolean(target.cookie),
        sessionRequests,
        path: target.path,
        scripts: done.length,
        encodedBytes: done.reduce((sum, entry) => sum + entry.encodedBytes, 0),
        decodedBytes: done.reduce((sum, entry) => sum + entry.decodedBytes, 0),
        frameworkBytes: done
          .filter((entry) => framework.has(new URL(entry.url).pathname))
          .reduce((sum, entry) => sum + entry.encodedBytes, 0),
        encodings: [...new Set(done.map((entry) => entry.encoding))],
        urls: done
          .map(({ url, encodedBytes, decodedBytes }) => ({
            url: url.replace(input.baseUrl, ""),
            encodedBytes,
            decodedBytes,
          }))
          .sort((a, b) => b.encodedBytes - a.encodedBytes),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
