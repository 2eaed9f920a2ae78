/** Text folding for telling whether two log entries are the same activity. */

/**
 * Title or provider folded so that case, spacing and punctuation do not make two entries of one
 * activity look different: "Fetal Echo: Part 1 " and "fetal echo part 1" match.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
