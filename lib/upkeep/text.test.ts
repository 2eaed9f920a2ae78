import { describe, expect, it } from "vitest";
import { foldText } from "./text";

/** The general folding, for any text: what foldText's plain-ASCII shortcut must agree with. */
const foldAnyText = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

describe("foldText", () => {
  it("lets case, spacing and punctuation not tell two entries apart", () => {
    expect(foldText("Fetal Echo: Part 1 ")).toBe("fetal echo part 1");
    expect(foldText("fetal  echo -- part 1")).toBe("fetal echo part 1");
    expect(foldText("Échographie fœtale — Niveau 2")).toBe("echographie fœtale niveau 2");
    expect(foldText("ＡＢＣ １２")).toBe("abc 12");
  });

  it("folds plain ASCII exactly as the general folding does", () => {
    const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
    for (const character of printable) {
      expect(foldText(`a${character}B${character}`)).toBe(
        foldAnyText(`a${character}B${character}`),
      );
    }
    // A deterministic spread of mixed strings (a linear congruential generator, fixed seed).
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let sample = 0; sample < 2000; sample++) {
      const text = Array.from({ length: next() % 24 }, () => printable[next() % 95]).join("");
      expect(foldText(text)).toBe(foldAnyText(text));
    }
  });
});
