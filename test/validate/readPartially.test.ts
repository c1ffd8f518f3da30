import * as z from "zod";
import { describe, expect, it } from "vitest";
import { readPartially } from "../../src/validate/readPartially.js";

const schema = z.object({
  name: z.string(),
  year: z.number().int().optional(),
  items: z.array(z.object({ n: z.number() })),
  inner: z.object({ a: z.string(), b: z.number() }),
});

describe("readPartially", () => {
  it("keeps every field of a value that reads, with the indices of its list elements", () => {
    const read = readPartially(schema, { name: "x", year: 2021, items: [{ n: 1 }, { n: 2 }], inner: { a: "a", b: 1 } });
    expect(read).toEqual({ data: { name: "x", year: 2021, items: [{ n: 1 }, { n: 2 }], inner: { a: "a", b: 1 } }, kept: { items: [0, 1] } });
  });

  it("gives null for a field that does not read, drops the list elements that do not, and reads nested objects field by field", () => {
    const read = readPartially(schema, { name: 5, items: [{ n: 1 }, { n: "two" }, { n: 3 }], inner: { a: "a", b: "b" } });
    expect(read.data).toEqual({ name: null, items: [{ n: 1 }, { n: 3 }], inner: { a: "a", b: null } });
    expect(read.kept).toEqual({ items: [0, 2] });
  });

  it("never throws on a value whose getters throw", () => {
    const hostile = Object.defineProperty({}, "name", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(readPartially(schema, hostile).data["name"]).toBeNull();
  });
});
