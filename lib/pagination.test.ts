import { describe, expect, it } from "vitest";
import { pageNumberFrom, pageOf, pageWindow } from "./pagination";

const letters = ["a", "b", "c", "d", "e"];

describe("pageOf", () => {
  it("slices the page asked for", () => {
    expect(pageOf(letters, 1, 2)).toEqual({ page: 1, pageCount: 3, total: 5, items: ["a", "b"] });
    expect(pageOf(letters, 2, 2).items).toEqual(["c", "d"]);
    expect(pageOf(letters, 3, 2).items).toEqual(["e"]);
  });

  it("shows the last page for a page past the end, and the first for one before it", () => {
    expect(pageOf(letters, 9, 2)).toMatchObject({ page: 3, items: ["e"] });
    expect(pageOf(letters, 0, 2)).toMatchObject({ page: 1, items: ["a", "b"] });
  });

  it("makes an empty list one empty page", () => {
    expect(pageOf([], 4, 10)).toEqual({ page: 1, pageCount: 1, total: 0, items: [] });
  });

  it("fits a list of exactly one page on one page", () => {
    expect(pageOf(letters, 2, 5)).toMatchObject({ page: 1, pageCount: 1, items: letters });
  });
});

describe("pageWindow", () => {
  it("gives the offset of the page asked for, clamped to the pages there are", () => {
    expect(pageWindow(125, 2, 50)).toEqual({ page: 2, pageCount: 3, offset: 50 });
    expect(pageWindow(125, 7, 50)).toEqual({ page: 3, pageCount: 3, offset: 100 });
    expect(pageWindow(125, -1, 50)).toEqual({ page: 1, pageCount: 3, offset: 0 });
    expect(pageWindow(0, 3, 50)).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });
});

describe("pageNumberFrom", () => {
  it.each([
    ["3", 3],
    ["1", 1],
    ["9999", 9999],
    [undefined, 1],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["1e3", 1],
    ["10000", 1],
    ["", 1],
    [" 2", 1],
    [["2", "3"], 1],
  ] as const)("%j → %i", (value, page) => {
    expect(pageNumberFrom(value as string | string[] | undefined)).toBe(page);
  });
});
