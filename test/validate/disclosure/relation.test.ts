// relation: a sum relation of cells holds or fails for every value of its blank cells (a blank is an unknown count, never 0).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goldLikeFindings } from "../rules/disclosureReports.js";
import { Decimal } from "../../../src/model/decimal.js";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure } from "../../../src/validate/disclosure/index.js";
import { disclosureText } from "../../helpers/disclosure.js";

const findings = goldLikeFindings;

const d07 = () => parseDisclosureReport(disclosureText("d07_hongze_qu_zhengfu_xxgk_2024"));
const dec = (v: string | number) => new Decimal(v);

describe("relations with blank cells", () => {
  it("are findings only when no non-negative blank values make them hold", () => {
    const report = d07();
    const group = report.reviews.reconsideration;
    // 总计 2 with 纠正 blank: 1 + x + 0 + 0 = 2 can hold.
    const holds = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, corrected: null } } };
    expect(findings(holds).filter((f) => f.rule === "reviews.groupTotal")).toEqual([]);
    // 维持 3 with 纠正 blank against 总计 2: already over, whatever the blank is.
    const fails = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, upheld: dec(3), corrected: null } } };
    expect(findings(fails).filter((f) => f.rule === "reviews.groupTotal")).toEqual([
      {
        rule: "reviews.groupTotal",
        cells: ["corrected", "other", "pending", "total", "upheld"].map((c) => `reviews.reconsideration.${c}`).join(","),
        left: "2",
        right: "≥3",
      },
    ]);
    // A blank total: the parts are a lower bound of nothing stated.
    const blankTotal = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, total: null } } };
    expect(findings(blankTotal).filter((f) => f.rule === "reviews.groupTotal")).toEqual([]);
  });

  it("hold or fail for any values of the blanks exactly as a search over small values says (property)", () => {
    const report = d07();
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(6), { nil: null }), { minLength: 5, maxLength: 5 }),
        ([upheld, corrected, other, pending, total]) => {
          const group = { upheld, corrected, other, pending, total };
          const cells = Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v === null || v === undefined ? null : dec(v)]));
          const r = { ...report, reviews: { ...report.reviews, reconsideration: cells as DisclosureReport["reviews"]["reconsideration"] } };
          const found = validateDisclosure(r).some((i) => i.code === "disclosure.reviews.groupTotal");
          // Brute force: can blanks in 0..30 make total = sum of parts?
          const values = [upheld, corrected, other, pending, total];
          const blanks = values.filter((v) => v === null || v === undefined).length;
          let possible = false;
          for (let n = 0; n < 31 ** blanks && !possible; n++) {
            let k = n;
            const filled = values.map((v) => {
              if (v !== null && v !== undefined) return v;
              const x = k % 31;
              k = Math.floor(k / 31);
              return x;
            });
            possible = (filled[0] ?? 0) + (filled[1] ?? 0) + (filled[2] ?? 0) + (filled[3] ?? 0) === (filled[4] ?? 0);
          }
          expect(found).toBe(!possible);
        },
      ),
      { numRuns: 300 },
    );
  });
});

