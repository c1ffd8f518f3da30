import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../src/model/disclosureCells.js";
import { DisclosureReport } from "../../src/model/disclosureReport.js";
import { validateDisclosure } from "../../src/validate/disclosure/index.js";
import { disclosureDir, disclosureGold, disclosureNames, goldCells } from "../helpers/disclosure.js";

const goldJson = (name: string) => {
  const { findings: _, ...rest } = JSON.parse(readFileSync(`${disclosureDir}gold/${name}.json`, "utf8")) as Record<string, unknown>;
  return rest;
};

describe("DisclosureReport", () => {
  for (const name of disclosureNames()) {
    it(`${name}: the gold file less findings is a DisclosureReport, cell for cell`, () => {
      const report = DisclosureReport.parse(goldJson(name));
      const cells = new Map(disclosureCells(report).map((c) => [c.path, c.value === null ? null : c.value.toString()]));
      expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(goldCells(disclosureGold(name))));
    });

    it(`${name}: validateDisclosure on the gold's own tables and figures gives the gold's findings (less the document checks)`, () => {
      const report = DisclosureReport.parse(goldJson(name));
      // The gold records no sections: the document checks are not its business.
      const ours = validateDisclosure(report)
        .filter((i) => !i.code.startsWith("disclosure.document."))
        .map((i) => [i.code.replace("disclosure.", ""), String(i.params["cells"]).split(",").sort().join(","), i.params["left"] ?? "", i.params["right"] ?? ""])
        .sort();
      const gold = disclosureGold(name)
        .findings.map((f) => [f.rule, [...f.cells].sort().join(","), f.left ?? "", f.right ?? ""])
        .sort();
      expect(ours).toEqual(gold);
    });
  }

  it("refuses a float cell and a row of the wrong length", () => {
    const gold = goldJson("d06_hongze_qu_zhengfu_xxgk_2023") as { requests: { received: unknown[] } };
    expect(DisclosureReport.safeParse({ ...gold, requests: { ...gold.requests, received: [21.5, 0, 0, 0, 0, 0, 21] } }).success).toBe(false);
    expect(DisclosureReport.safeParse({ ...gold, requests: { ...gold.requests, received: ["21", "0"] } }).success).toBe(false);
  });
});
