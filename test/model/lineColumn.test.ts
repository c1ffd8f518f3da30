import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineColumnOf } from "../../src/model/lineColumn.js";

describe("lineColumnOf", () => {
  it("gives lines and columns from 1, a new line starting after each \\n", () => {
    const at = lineColumnOf("第一行\n第二行，罚款\n\n末行");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(3)).toEqual({ line: 1, column: 4 });
    expect(at(4)).toEqual({ line: 2, column: 1 });
    expect(at(11)).toEqual({ line: 3, column: 1 });
    expect(at(12)).toEqual({ line: 4, column: 1 });
  });

  it("reads an empty text as one line", () => {
    expect(lineColumnOf("")(0)).toEqual({ line: 1, column: 1 });
  });

  it("agrees with counting the \\n before the offset (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "罚", "，") }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const before = text.slice(0, offset);
        const line = before.split("\n").length;
        const column = offset - (before.lastIndexOf("\n") + 1) + 1;
        expect(lineColumnOf(text)(offset)).toEqual({ line, column });
      }),
    );
  });
});
