/**
 * fast-check arbitraries derived from an action's own zod schema, through zod 4's JSON Schema
 * output (`z.toJSONSchema`, input side; `zod-fast-check` does not support zod 4). The walker
 * produces the schema's shape with hostile values: huge strings, Unicode edge cases, dates far
 * in the past and future, ids of other users, numbers at their limits, plus, for a share of the
 * inputs, a malformation (an unknown key, a required key missing, a value of the wrong type).
 */
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

/** What the walker draws ids, slugs and emails from: the caller's own and another user's. */
export interface Pools {
  ids: readonly string[];
  /** The ids a field of that name takes (the caller's row and the other user's), if known. */
  idsByField?: Readonly<Record<string, readonly string[]>>;
  slugs: readonly string[];
  emails: readonly string[];
}

const UNICODE_EDGES = [
  "\u0000",
  "\uD800", // a lone surrogate
  "\uDFFF\uD800",
  "e\u0301\u0301\u0301", // stacked combining marks
  "\u202Etxt.exe", // right-to-left override
  "\u200B\u200D\uFEFF", // zero-width characters
  "👩‍👩‍👧‍👦", // one grapheme, many code points
  "𝕏𝕐ℤ",
  "İı ß ﬃ", // case mapping changes length
  "\r\n\t",
  " ",
  "Ω≈ç√∫",
];
const INJECTION = [
  "' or 1=1 --",
  "'); drop table users; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("https://evil.example")',
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "%00%0a",
  "null",
  "undefined",
  "NaN",
  "__proto__",
];
const DATES = [
  "0001-01-01",
  "0000-00-00",
  "1000-01-01",
  "1900-02-29",
  "1969-12-31",
  "1970-01-01",
  "2000-02-29",
  "2024-02-29",
  "2025-02-29",
  "2038-01-19",
  "2099-12-31",
  "9999-12-31",
  "275760-09-13",
  "",
];

function clip(text: string, schema: JsonSchema): string {
  const max = schema.maxLength ?? Infinity;
  const min = schema.minLength ?? 0;
  let value = [...text].slice(0, max).join("");
  while ([...value].length < min) value += "x";
  return value;
}

function hostileString(schema: JsonSchema): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 5000;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES, ...INJECTION) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: Math.min(max, 60) }) },
    // Exactly at the limit, and one past it.
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "a".repeat(Math.min(max, 30_000)),
        "é".repeat(Math.min(max + 1, 30_000)),
      ),
    },
    // Huge: far past any limit, still under the 100 kB body limit.
    { weight: 1, arbitrary: fc.constant("Z".repeat(60_000)) },
  );
}

function stringFor(name: string, schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  if (schema.format === "uuid" || /(^id$|id$)/.test(lower)) {
    const named = pools.idsByField?.[name];
    return fc.oneof(
      // Mostly a row of the right kind, half the time the other user's.
      ...(named ? [{ weight: 6, arbitrary: fc.constantFrom(...named) }] : []),
      { weight: 3, arbitrary: fc.constantFrom(...pools.ids) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: hostileString(schema) },
    );
  }
  if (lower.includes("email")) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pools.emails) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom("Ünïcødé", "a".repeat(64), "o'brien", "x+tag", "👾")
          .map((local) => `${local}@example.test`),
      },
      { weight: 1, arbitrary: fc.constantFrom("@", "a@", "@b", "a@b", "a@b@c.d") },
    );
  }
  if (/(date|on)$/.test(lower) || schema.pattern?.includes("\\d{4}")) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...DATES) },
      {
        weight: 2,
        arbitrary: fc
          .date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      },
      { weight: 1, arbitrary: hostileString(schema) },
    );
  }
  if (lower.includes("slug") || schema.pattern === "^[a-z0-9-]+$") {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...pools.slugs) },
      { weight: 1, arbitrary: hostileString(schema) },
    );
  }
  if (lower === "version" || lower === "month" || lower.startsWith("credits")) {
    return fc
      .constantFrom(0, 1, 2, 12, 13, -1, 0.5, 999.99, 1e9, 2 ** 31, Number.MAX_SAFE_INTEGER)
      .map(String);
  }
  return fc.oneof(
    { weight: 3, arbitrary: hostileString(schema).map((text) => clip(text, schema)) },
    { weight: 1, arbitrary: hostileString(schema) },
  );
}

function numberFor(schema: JsonSchema): fc.Arbitrary<number | string> {
  const min = schema.minimum ?? Number.MIN_SAFE_INTEGER;
  const max = schema.maximum ?? Number.MAX_SAFE_INTEGER;
  const integer = schema.type === "integer";
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        min,
        max,
        min - 1,
        max + 1,
        0,
        Number.MIN_VALUE,
        Number.MAX_SAFE_INTEGER,
        Number.MAX_SAFE_INTEGER + 2,
        -1e308,
        1.7976931348623157e308,
      ),
    },
    {
      weight: 3,
      arbitrary: integer
        ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) })
        : fc.double({ min, max, noNaN: true }),
    },
    // JSON cannot carry NaN or Infinity; a form (and a coercing schema) gets them as text.
    { weight: 1, arbitrary: fc.constantFrom("NaN", "Infinity", "-Infinity", "1e309", "0x10", "") },
  );
}

/** An arbitrary of values matching `schema` (field `name`), with hostile contents. */
export function arbitraryOf(name: string, schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryOf(name, s, pools)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => arbitraryOf(name, { ...schema, type }, pools)));
  }
  switch (types[0]) {
    case "string":
      return stringFor(name, schema, pools);
    case "integer":
    case "number":
      return numberFor(schema);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryOf(name, schema.items ?? {}, pools), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 25),
      });
    case "object":
      return objectOf(schema, pools);
    default:
      // Unconstrained ({}): anything JSON can carry.
      return fc.oneof(stringFor(name, { type: "string" }, pools), fc.integer(), fc.constant(null));
  }
}

function objectOf(schema: JsonSchema, pools: Pools): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const keys = Object.keys(properties);
  if (keys.length === 0) return fc.constant({});
  return fc.record(
    Object.fromEntries(keys.map((key) => [key, arbitraryOf(key, properties[key]!, pools)])),
    { requiredKeys: keys.filter((key) => required.has(key)) },
  ) as fc.Arbitrary<Record<string, unknown>>;
}

export interface GeneratedInput {
  input: Record<string, unknown>;
  /** True when the input was deliberately broken: validation must refuse it. */
  malformed: boolean;
}

/**
 * Inputs for one action: its schema's shape with hostile values, and (about one in five) a
 * malformed one that strict validation must refuse: an unknown key, a required key missing, or
 * a required value replaced by an object.
 */
export function inputsFor(schema: z.ZodType, pools: Pools): fc.Arbitrary<GeneratedInput> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const valid = objectOf(json, pools);
  const required = json.required ?? [];
  const malformations: fc.Arbitrary<(input: Record<string, unknown>) => Record<string, unknown>>[] =
    [
      fc
        .string({ minLength: 1, maxLength: 12 })
        .map((key) => (input) => ({ ...input, [`zz_${key}`]: { nested: [1, "x"] } })),
    ];
  if (required.length > 0) {
    malformations.push(
      fc.constantFrom(...required).map((key) => (input) => {
        const copy = { ...input };
        delete copy[key];
        return copy;
      }),
      fc
        .constantFrom(...required)
        .map((key) => (input) => ({ ...input, [key]: { $where: "1", length: 1 } })),
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((input) => ({ input, malformed: false })) },
    {
      weight: 1,
      // Marked malformed only when the schema itself refuses it: a missing checkbox group, say,
      // is "none ticked" (a preprocess turns it into []), not an error.
      arbitrary: fc
        .tuple(valid, fc.oneof(...malformations))
        .map(([input, breakIt]) => breakIt(input))
        .map((input) => ({ input, malformed: !schema.safeParse(input).success })),
    },
  );
}
