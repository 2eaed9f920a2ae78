/** Text folding for telling whether two log entries are the same activity. */

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Title or provider folded so that case, spacing and punctuation do not make two entries of one
 * activity look different: "Fetal Echo: Part 1 " and "fetal echo part 1" match.
 */
export function foldText(text: string): string {
  // Most titles are plain ASCII, which has nothing to decompose: skip the costly normalize.
  if (PLAIN_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
