import type { MetadataRoute } from "next";
import { catalog } from "@/lib/catalog";
import { appUrl } from "@/lib/env";

/** Every public page: the landing page, the catalog, and the sign-in and sign-up pages. */
export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, appUrl).toString();
  return [
    { url: url("/"), changeFrequency: "monthly", priority: 1 },
    { url: url("/paths"), changeFrequency: "monthly", priority: 0.9 },
    ...catalog.paths.map((path) => ({
      url: url(`/paths/${path.slug}`),
      lastModified: path.provenance.checkedOn,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    ...catalog.requirements.map((requirement) => ({
      url: url(`/credentials/${requirement.slug}`),
      lastModified: requirement.provenance.checkedOn,
      changeFrequency: "monthly" as const,
      priority: requirement.retired ? 0.3 : 0.6,
    })),
    { url: url("/sign-in"), changeFrequency: "yearly", priority: 0.3 },
    { url: url("/sign-up"), changeFrequency: "yearly", priority: 0.5 },
  ];
}
