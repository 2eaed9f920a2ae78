import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/env";

/** Public pages are open to crawlers; signed-in areas, API routes and start flows are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        "/dashboard",
        "/plans",
        "/settings",
        "/onboarding",
        "/corrections",
        "/paths/*/start",
      ],
    },
    sitemap: new URL("/sitemap.xml", appUrl).toString(),
  };
}
