import { describe, expect, it } from "vitest";
import { findingAt } from "../../src/validate/findingAt.js";

describe("findingAt", () => {
  it("places a finding at a figure: its path (with the field), the params, its span copied", () => {
    const span = { start: 5, end: 9 };
    const finding = findingAt({ path: ["quantities", 2], span }, { value: "-3" }, "value");
    expect(finding).toEqual({ path: ["quantities", 2, "value"], params: { value: "-3" }, span: { start: 5, end: 9 } });
    expect(finding.span).not.toBe(span);
  });

  it("keeps the path as it is without a field, and gives no span where there is none", () => {
    expect(findingAt({ path: [0] }, {})).toEqual({ path: [0], params: {} });
  });
});
