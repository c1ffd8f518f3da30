import { describe, expect, it } from "vitest";
import { Observation } from "../../../src/model/observation.js";
import { indicatorCodes } from "../../../src/model/indicatorCode.js";
import { disclosureObservations, parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { aggregate } from "../../../src/aggregate/index.js";
import { disclosureNames, disclosureText } from "../../helpers/disclosure.js";

const read = (name: string) => parseDisclosureReport(disclosureText(name));

describe("disclosureObservations", () => {
  it("gives valid observations of catalog indicators for every shared report", () => {
    for (const name of disclosureNames()) {
      const observations = disclosureObservations(read(name), name);
      expect(observations.length).toBeGreaterThan(0);
      for (const o of observations) {
        expect(Observation.safeParse(JSON.parse(JSON.stringify(o))).success).toBe(true);
        expect(indicatorCodes).toContain(o.indicator);
      }
    }
  });

  it("reads the table's figures: applications, grant rate, decisions", () => {
    const values = Object.fromEntries(
      disclosureObservations(read("d07_hongze_qu_zhengfu_xxgk_2024"), "hongze").map((o) => [o.indicator, `${o.quantity.value.toString()} ${o.quantity.unit} ${o.quantity.qualifier}`]),
    );
    expect(values).toMatchObject({
      "disclosure.applicationsReceived": "95 件 exact",
      "disclosure.applicationDisclosureRate": "62.11 % approx",
      "licensing.decisions": "9487 件 exact",
      "normative.documentsIssued": "3 件 exact",
    });
  });

  it("gives nothing for a blank cell and nothing without a reporting year", () => {
    const d01 = read("d01_shanghai_zfbgt_xxgk_2019");
    // 予以公开 总计 is blank and two applicant cells too: no grant rate.
    expect(disclosureObservations(d01, "sh").map((o) => o.indicator)).not.toContain("disclosure.applicationDisclosureRate");
    expect(disclosureObservations({ ...d01, reportingYear: null }, "sh")).toEqual([]);
  });

  it("feeds aggregate: applications received summed over two agencies", () => {
    const observations = [
      ...disclosureObservations(read("d06_hongze_qu_zhengfu_xxgk_2023"), "hongze"),
      ...disclosureObservations(read("d04_shuyang_xian_zhengfu_xxgk_2025"), "shuyang"),
    ];
    const rows = aggregate(observations, { by: ["indicator"] });
    const received = rows.find((r) => r.key["indicator"] === "disclosure.applicationsReceived");
    expect(received?.sum?.value.toString()).toBe("734");
  });
});
