import { describe, expect, it } from "vitest";
import { attributed, countable } from "../../src/aggregate/attributed.js";
import { obs } from "./helpers.js";

describe("attributed", () => {
  const own = obs("a", "enforcement.penaltyCases", 3);
  const sameOnBehalf = obs("a", "enforcement.penaltyCases", 3, { attribution: "onBehalfOf" });
  const otherOnBehalf = obs("a", "enforcement.penaltyCases", 4, { attribution: "onBehalfOf" });
  const joint = obs("b", "enforcement.penaltyCases", 5, { attribution: "joint" });

  it("keeps own figures and figures on another's behalf unless their agency states the same figure", () => {
    expect(attributed([own, sameOnBehalf, otherOnBehalf, joint])).toEqual([own, otherOnBehalf]);
  });

  it("tells figures apart by period, modality and value", () => {
    const otherYear = obs("a", "enforcement.penaltyCases", 3, { year: 2020, attribution: "onBehalfOf" });
    const target = obs("a", "enforcement.penaltyCases", 3, { modality: "target", attribution: "onBehalfOf" });
    const sameValue = obs("a", "enforcement.penaltyCases", "3.00", { attribution: "onBehalfOf" });
    expect(attributed([own, otherYear, target, sameValue])).toEqual([own, otherYear, target]);
  });

  it("counts joint figures only when asked for", () => {
    expect(attributed([joint], { includeJoint: true })).toEqual([joint]);
    expect(countable([joint])(joint)).toBe(false);
    expect(countable([joint], { includeJoint: true })(joint)).toBe(true);
  });

  it("refuses options that are not an object", () => {
    expect(() => attributed([own], null as never)).toThrow(new TypeError("attributed: options must be an object"));
    expect(() => countable([own], [] as never)).toThrow(new TypeError("countable: options must be an object"));
  });
});
