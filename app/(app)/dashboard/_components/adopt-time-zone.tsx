"use client";

import { useEffect } from "react";
import { adoptBrowserTimeZoneAction } from "@/app/(app)/settings/actions";

/** Until the user picks a zone in Settings, "today" follows the browser's zone. */
export function AdoptTimeZone() {
  useEffect(() => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZone) void adoptBrowserTimeZoneAction(undefined, { timeZone });
  }, []);
  return null;
}
