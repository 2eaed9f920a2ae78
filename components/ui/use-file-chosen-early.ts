"use client";

import { useEffect, type RefObject } from "react";

/**
 * A file input whose file may be chosen before the page's script runs: on a slow phone the picker
 * opens from the plain HTML, and its change event fires before React listens, so the choice would
 * sit in the input unseen. This hands such a file to `onFile` once, when the component mounts;
 * later choices arrive through the input's onChange as usual.
 */
export function useFileChosenEarly(
  input: RefObject<HTMLInputElement | null>,
  onFile: (file: File) => void,
) {
  useEffect(() => {
    const file = input.current?.files?.[0];
    if (file) onFile(file);
    // Once, on mount: what the input held before React took over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
