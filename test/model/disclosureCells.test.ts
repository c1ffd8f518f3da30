import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import {
  disclosureCell,
  disclosureCells,
  disclosureRequestColumns,
  disclosureReviewColumns,
  disclosureRowTotal,
  disclosureSum,
} from "../../src/model/disclosureCells.js";
import { DisclosureReport } from "../../src/model/disclosureReport.js";
import { disclosureDir, disclosureNames } from "../helpers/disclosure.js";

/** A gold file less its findings, as JSON. */
const goldJson = (name: string): Record<string, unknown> => {
  const { findings: _, ...rest } = JSON.parse(readFileSync(`${disclosureDir}gold/${name}.json`, "utf8")) as Record<string, unknown>;
  return rest;
};

/** A gold report, its table 三 changed by `change` (which edits the JSON in place). */
function report(name: string, change: (requests: Record<string, unknown>) => void = () => {}): DisclosureReport {
  const json = goldJson(name);
  change(json["requests"] as Record<string, unknown>);
  return DisclosureReport.parse(json);
}

const d01 = "d01_shanghai_zfbgt_xxgk_2019"; // 2019 template, blank cells
const d04 = "d04_shuyang_xian_zhengfu_xxgk_2025"; // 2021 template, three 其他处理情况 rows
const d06 = "d06_hongze_qu_zhengfu_xxgk_2023"; // 2021 template, one 其他处理情况 row

const text = (value: Decimal | null | undefined): string | null | undefined => (value instanceof Decimal ? value.toString() : value);

describe("the column keys", () => {
  it("are table 三's seven applicant columns, 总计 last, and table 四's five, 总计 last", () => {
    expect(disclosureRequestColumns).toEqual(["naturalPerson", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"]);
    expect(disclosureReviewColumns).toEqual(["upheld", "corrected", "other", "pending", "total"]);
  });
});

describe("disclosureCells", () => {
  it("lists every cell of tables 二, 三 and 四 in document order, rows of 三 by column name", () => {
    const cells = disclosureCells(report(d06));
    const paths = cells.map((c) => c.path);
    // 二: 10 cells; 三: 23 rows of 7; 四: 3 groups of 5.
    expect(cells.length).toBe(10 + 23 * 7 + 15);
    expect(paths.slice(0, 3)).toEqual(["active.regulations.issued", "active.regulations.repealed", "active.regulations.inForce"]);
    expect(paths.slice(10, 17)).toEqual(disclosureRequestColumns.map((c) => `requests.received.${c}`));
    expect(paths).toContain("requests.refused.stateSecret.total");
    expect(paths).toContain("requests.other.total");
    expect(paths.at(-1)).toBe("reviews.litigationAfterReconsideration.total");
    expect(new Set(paths).size).toBe(paths.length);
    expect(cells.find((c) => c.path === "active.fees.amount")?.value?.toString()).toBe("7730.28");
  });

  it("gives a blank as null, and leaves out the unit of procurement (a word, not a cell)", () => {
    const cells = disclosureCells(report(d01));
    expect(cells.find((c) => c.path === "requests.received.research")?.value).toBeNull();
    expect(cells.find((c) => c.path === "active.procurement.amount")?.value?.toString()).toBe("251000");
    expect(cells.some((c) => c.path === "active.procurement.unit")).toBe(false);
    expect(cells.every((c) => c.value === null || c.value instanceof Decimal)).toBe(true);
  });

  it("names the three 其他处理情况 rows of the 2021 template by their keys", () => {
    const paths = disclosureCells(report(d04)).map((c) => c.path);
    expect(paths).toEqual(expect.arrayContaining(["requests.other.noCorrection.total", "requests.other.feeUnpaid.naturalPerson", "requests.other.other.total"]));
    expect(paths).not.toContain("requests.other.total");
  });
});

describe("disclosureCell", () => {
  it("reads back every cell disclosureCells lists, in every gold report", () => {
    for (const name of disclosureNames()) {
      const r = report(name);
      for (const cell of disclosureCells(r)) expect(text(disclosureCell(r, cell.path)), `${name} ${cell.path}`).toBe(text(cell.value));
    }
  });

  it("reads cells by path: a value, null for a blank, undefined for no such cell", () => {
    const r = report(d01);
    expect(disclosureCell(r, "requests.received.total")?.toString()).toBe("859");
    expect(disclosureCell(r, "requests.received.research")).toBeNull();
    expect(disclosureCell(r, "requests.nothing.total")).toBeUndefined();
  });

  it("gives undefined for a path to a table, a group, a row, an unknown column or a column index", () => {
    const r = report(d06);
    for (const path of ["active", "requests", "requests.refused", "requests.received", "reviews.reconsideration", "requests.received.individual", "requests.received.0", "reviews.reconsideration.total.x", "", "requests.received.total."]) {
      expect(disclosureCell(r, path), path).toBeUndefined();
    }
  });

  it("never reads what an object inherits", () => {
    const r = report(d06);
    for (const path of ["constructor", "__proto__", "requests.constructor", "requests.__proto__", "requests.received.length", "requests.received.constructor", "active.toString", "reviews.reconsideration.hasOwnProperty"]) {
      expect(disclosureCell(r, path), path).toBeUndefined();
    }
  });

  it("gives no cell for inherited names, however deep (they were read through the prototype, __proto__.__proto__ as a blank)", () => {
    const r = report(d06);
    for (const p of ["__proto__", "__proto__.__proto__", "constructor", "requests.__proto__", "requests.received.toString", "active.hasOwnProperty"]) expect(disclosureCell(r, p), p).toBeUndefined();
  });

  it("gives a cell only for a listed path, whatever the path (property)", () => {
    const r = report(d06);
    const listed = new Set(disclosureCells(r).map((c) => c.path));
    const parts = fc.constantFrom("active", "requests", "reviews", "received", "refused", "stateSecret", "reconsideration", "total", "naturalPerson", "upheld", "fees", "amount", "constructor", "__proto__", "length", "0", "");
    const path = fc.oneof(fc.array(parts, { minLength: 1, maxLength: 5 }).map((p) => p.join(".")), fc.string());
    fc.assert(
      fc.property(path, (p) => {
        const cell = disclosureCell(r, p);
        expect(cell === undefined).toBe(!listed.has(p));
      }),
    );
  });
});

describe("disclosureSum", () => {
  it("sums the filled cells and counts the blank and the absent ones", () => {
    const r = report(d01);
    const sum = disclosureSum(r, ["reviews.reconsideration.upheld", "reviews.reconsideration.corrected", "reviews.reconsideration.pending"]);
    expect([sum.sum.toString(), sum.blanks, sum.absent]).toEqual(["7", 1, 0]);
    const withAbsent = disclosureSum(r, ["requests.received.total", "requests.received.research", "requests.nothing.total", "requests.received"]);
    expect([withAbsent.sum.toString(), withAbsent.blanks, withAbsent.absent]).toEqual(["859", 1, 2]);
  });

  it("is zero with nothing to sum", () => {
    const sum = disclosureSum(report(d06), []);
    expect([sum.sum.toString(), sum.blanks, sum.absent]).toEqual(["0", 0, 0]);
  });

  it("adds decimals exactly", () => {
    const r = report(d06);
    expect(disclosureSum(r, ["active.fees.amount", "active.fees.amount", "active.fees.amount"]).sum.toString()).toBe("23190.84");
  });

  it("over any choice of cells, is the sum of their filled values and counts their blanks (property)", () => {
    const r = report(d01);
    const cells = disclosureCells(r);
    fc.assert(
      fc.property(fc.subarray(cells), (chosen) => {
        const { sum, blanks, absent } = disclosureSum(r, chosen.map((c) => c.path));
        const filled = chosen.flatMap((c) => (c.value === null ? [] : [c.value]));
        expect(sum.equals(filled.reduce((a, b) => a.plus(b), new Decimal(0)))).toBe(true);
        expect(blanks).toBe(chosen.length - filled.length);
        expect(absent).toBe(0);
      }),
    );
  });
});

describe("disclosureRowTotal", () => {
  it("takes a row's 总计 where it is filled, exact", () => {
    const total = disclosureRowTotal(report(d06), "requests.received");
    expect([total?.value.toString(), total?.exact]).toEqual(["21", true]);
  });

  it("adds a group's rows", () => {
    const refused = disclosureRowTotal(report(d06), "requests.refused");
    expect([refused?.value.toString(), refused?.exact]).toEqual(["3", true]);
    const other = disclosureRowTotal(report(d04), "requests.other");
    expect([other?.value.toString(), other?.exact]).toEqual(["159", true]);
  });

  it("adds the six applicant cells where the 总计 is blank: exact when all six are filled, a lower bound when some are blank", () => {
    const complete = report(d06, (q) => {
      q["granted"] = ["2", "1", "0", "0", "3", "0", null];
    });
    const granted = disclosureRowTotal(complete, "requests.granted");
    expect([granted?.value.toString(), granted?.exact]).toEqual(["6", true]);
    const partial = report(d06, (q) => {
      q["granted"] = ["2", null, "0", "0", "3", "0", null];
    });
    const lower = disclosureRowTotal(partial, "requests.granted");
    expect([lower?.value.toString(), lower?.exact]).toEqual(["5", false]);
    // d01 leaves the 总计 column blank: 不予公开 is read from its applicant cells, some blank.
    const refused = disclosureRowTotal(report(d01), "requests.refused");
    expect([refused?.value.toString(), refused?.exact]).toEqual(["35", false]);
  });

  it("is null when nothing of the row is filled, or there is no such row", () => {
    expect(disclosureRowTotal(report(d01), "requests.other")).toBeNull();
    const r = report(d06);
    expect(disclosureRowTotal(r, "requests.nothing")).toBeNull();
    expect(disclosureRowTotal(r, "requests.received.total")).toBeNull();
    expect(disclosureRowTotal(r, "")).toBeNull();
  });
});
