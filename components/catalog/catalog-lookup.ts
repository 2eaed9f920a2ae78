import { catalog } from "@/db/catalog";
import { lookupFrom } from "@/lib/catalog-view";

/** Lookups over the real catalog, for server-rendered catalog pages. */
export const catalogLookup = lookupFrom(catalog);
