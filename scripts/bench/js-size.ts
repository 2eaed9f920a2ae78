/**
 * JavaScript a browser downloads for a page: a cold Chromium context per page (no cache), every
 * response of resource type "script" until the network is idle, summed as encoded (on-the-wire,
 * gzip) body bytes from Playwright's request.sizes(), and as decoded bytes.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface PageJs {
  label: string;
  path: string;
  scripts: number;
  encodedBytes: number;
  decodedBytes: number;
  /** Content-Encoding values seen on the scripts (e.g. gzip). */
  encodings: string[];
  urls: { url: string; encodedBytes: number }[];
}

export async function measurePageJs(input: {
  baseUrl: string;
  pages: { label: string; path: string; cookie?: string }[];
}): Promise<PageJs[]> {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath });
  const results: PageJs[] = [];
  try {
    for (const target of input.pages) {
      const context = await browser.newContext();
      if (target.cookie) {
        await context.addCookies(
          target.cookie.split("; ").map((pair) => {
            const index = pair.indexOf("=");
            return {
              name: pair.slice(0, index),
              value: pair.slice(index + 1),
              url: input.baseUrl,
            };
          }),
        );
      }
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      const urls: PageJs["urls"] = [];
      const encodings = new Set<string>();
      let decodedBytes = 0;
      page.on("requestfinished", (request) => {
        if (request.resourceType() !== "script") return;
        pending.push(
          (async () => {
            const sizes = await request.sizes();
            const response = await request.response();
            const encoding = (await response?.headerValue("content-encoding")) ?? "identity";
            encodings.add(encoding);
            decodedBytes += (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
            urls.push({ url: request.url(), encodedBytes: sizes.responseBodySize });
          })(),
        );
      });
      const response = await page.goto(`${input.baseUrl}${target.path}`, {
        waitUntil: "networkidle",
      });
      if (!response?.ok()) {
        throw new Error(`${target.path}: HTTP ${response?.status()} (${page.url()})`);
      }
      if (new URL(page.url()).pathname !== target.path) {
        throw new Error(`${target.path} redirected to ${page.url()}`);
      }
      await page.waitForTimeout(500);
      await Promise.all(pending);
      results.push({
        label: target.label,
        path: target.path,
        scripts: urls.length,
        encodedBytes: urls.reduce((sum, entry) => sum + entry.encodedBytes, 0),
        decodedBytes,
        encodings: [...encodings],
        urls: urls.sort((a, b) => b.encodedBytes - a.encodedBytes),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
