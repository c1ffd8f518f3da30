import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readInput } from "../../src/aggregate/observationInput.js";
import { observationTable } from "../../src/aggregate/observationTable.js";
import { Decimal } from "../../src/model/decimal.js";
import type { Observation } from "../../src/model/observation.js";
import { anyObservations, obs } from "./helpers.js";

/** Observations as comparable text: Decimals written out. */
const shown = (os: readonly Observation[]) => os.map((o) => JSON.stringify(o));

describe("readInput", () => {
  it("gives an array of model observations back as it is, the same array", () => {
    const figures = [obs("a", "enforcement.penaltyCases", 3), obs("b", "litigation.cases", 4)];
    expect(readInput("series", figures)).toBe(figures);
  });

  it("reads the JSON form of an observation exactly, its value a decimal string", () => {
    const json = JSON.parse(JSON.stringify(obs("a", "enforcement.fineAmount", "12345678901234567.89"))) as Observation;
    const [read] = readInput("coverage", [json]);
    expect(read?.quantity.value).toEqual(new Decimal("12345678901234567.89"));
    expect(read?.quantity.value.toString()).toBe("12345678901234567.89");
  });

  it("gives the same observations from an ObservationTable as from the array it was built from", () => {
    fc.assert(
      fc.property(anyObservations, (observations) => {
        expect(shown(readInput("rollup", observationTable(observations)))).toEqual(shown(observations));
      }),
      { numRuns: 100 },
    );
  });

  it("refuses what is neither observations nor a table with a TypeError naming the analysis and the figure", () => {
    expect(() => readInput("yearOverYear", "x" as never)).toThrow(new TypeError("yearOverYear: observations must be an array of Observation objects"));
    expect(() => readInput("compositeScore", { columns: [] } as never)).toThrow(/^compositeScore: observations must be an array/);
    const float = { ...obs("a", "enforcement.penaltyCases", 1), quantity: { value: 1.5, unit: "件", qualifier: "exact" } };
    expect(() => readInput("series", [obs("a", "enforcement.penaltyCases", 1), float] as never)).toThrow(/^series: observations\[1\]/);
  });
});
