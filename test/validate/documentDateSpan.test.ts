import { describe, expect, it } from "vitest";
import { documentDateSpan } from "../../src/validate/documentDateSpan.js";

describe("documentDateSpan", () => {
  const dates = { signedSpan: { start: 14, end: 23 }, publishedSpan: { start: 3, end: 13 } };

  it("gives the span the parser stored for the date asked for", () => {
    expect(documentDateSpan({ dates }, "signed")).toEqual({ span: { start: 14, end: 23 } });
    expect(documentDateSpan({ dates }, "published")).toEqual({ span: { start: 3, end: 13 } });
  });

  it("gives nothing to spread where the span or the dates are unknown", () => {
    expect(documentDateSpan({ dates: { signedSpan: { start: 1, end: 2 } } }, "published")).toEqual({});
    expect(documentDateSpan({ dates: null }, "signed")).toEqual({});
  });
});
