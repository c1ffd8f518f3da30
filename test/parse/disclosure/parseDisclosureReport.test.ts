import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../../src/model/disclosureCells.js";
import { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { foldText } from "../../../src/parse/foldText.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { disclosureGold, disclosureNames, disclosureText, goldCells } from "../../helpers/disclosure.js";
import { growth } from "../../helpers/growth.js";

function cellsOf(text: string, format: "text" | "html" | "auto" = "auto"): Map<string, string | null> {
  const report = parseDisclosureReport(text, { format });
  return new Map(disclosureCells(report).map((c) => [c.path, c.value === null ? null : c.value.toString()]));
}

describe("parseDisclosureReport on the four shared reports", () => {
  for (const name of disclosureNames()) {
    const gold = disclosureGold(name);
    for (const [form, text] of [
      ["as written", disclosureText(name)],
      ["folded to ASCII", foldText(disclosureText(name))],
    ] as const) {
      it(`${name} (${form}): every gold cell exact, no other cell`, () => {
        const ours = cellsOf(text);
        const expected = goldCells(gold);
        expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(expected));
      });
    }

    it(`${name}: template, year, fee and the prose figures of the gold`, () => {
      const report = parseDisclosureReport(disclosureText(name), { document: `${name}.txt` });
      expect(report.template).toBe(gold.template);
      expect(report.reportingYear).toBe(gold.reportingYear);
      expect(report.fee === null ? null : { value: report.fee.value.toString(), unit: report.fee.unit }).toEqual(
        gold.fee === null ? null : { value: gold.fee.value, unit: gold.fee.unit },
      );
      const figure = (f: (typeof gold.textFigures)[number]) =>
        [f.value, [...(f.cells ?? [])].sort().join(","), [...(f.numerator ?? [])].sort().join(","), (f.denominator ?? []).join(",")].join(" | ");
      const ours = report.textFigures.map((f) =>
        figure("unit" in f ? { value: f.value.toString(), numerator: f.numerator, denominator: f.denominator } : { value: f.value.toString(), cells: f.cells }),
      );
      expect(ours).toEqual(gold.textFigures.map(figure));
      expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
    });

    it(`${name}: its JSON reads back with the DisclosureReport schema`, () => {
      const report = parseDisclosureReport(disclosureText(name));
      const json = JSON.parse(JSON.stringify(report)) as unknown;
      const back = DisclosureReport.parse(json);
      expect(JSON.parse(JSON.stringify(back))).toEqual(json);
      expect(Object.keys(report.requests.notProcessed)).toEqual(["complaint", "repeated", "publication", "massRepeated", "confirmation"]);
    });
  }

  it("finds the six sections of every report", () => {
    for (const name of disclosureNames()) {
      const keys = parseDisclosureReport(disclosureText(name)).sections.map((s) => s.key);
      expect(keys).toEqual(["overview", "active", "requests", "reviews", "problems", "other"]);
    }
  });

  it("reads titles and dates as written", () => {
    const d06 = parseDisclosureReport(disclosureText("d06_hongze_qu_zhengfu_xxgk_2023"));
    expect(d06.title).toBe("洪泽区人民政府2023 年政府信息公开工作年度报告");
    const d01 = parseDisclosureReport(disclosureText("d01_shanghai_zfbgt_xxgk_2019"));
    expect(d01.dates.published).toBe("2020-01-31");
    const d04 = parseDisclosureReport(disclosureText("d04_shuyang_xian_zhengfu_xxgk_2025"));
    expect(d04.dates.signed).toBe("2026-01-23");
  });
});

/** The d01 report as an HTML page: its `|` rows as table rows, other lines as paragraphs. */
function asHtml(text: string): string {
  const out: string[] = ["<html><body>"];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("|")) {
      if (!inTable) out.push("<table>");
      inTable = true;
      const cells = line.slice(1, line.endsWith("|") ? -1 : undefined).split("|");
      out.push(`<tr>${cells.map((c) => `<td>${c.trim().replace(/&/g, "&amp;")}</td>`).join("")}</tr>`);
    } else {
      if (inTable) out.push("</table>");
      inTable = false;
      out.push(`<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
    }
  }
  out.push("</body></html>");
  return out.join("\n");
}

describe("parseDisclosureReport on other layouts", () => {
  it("reads an HTML page's tables as the text's", () => {
    const name = "d01_shanghai_zfbgt_xxgk_2019";
    const html = asHtml(disclosureText(name));
    expect(Object.fromEntries(cellsOf(html))).toEqual(Object.fromEntries(goldCells(disclosureGold(name))));
  });

  it("leaves a row blank, with an issue, when a PDF lost a blank cell's position", () => {
    const text = disclosureText("d06_hongze_qu_zhengfu_xxgk_2023").replace(
      /(1\.本机关不掌握相关政府信息)\s+10\s+0\s+0\s+0\s+0\s+0\s+10/,
      "$1   10    0      0     0   10",
    );
    const report = parseDisclosureReport(text);
    expect(report.requests.unavailable.notHeld).toEqual([null, null, null, null, null, null, null]);
    const issue = report.issues.find((i) => i.code === "disclosure.cellsUnreadable");
    expect(issue?.path).toEqual(["requests", "unavailable", "notHeld"]);
    expect(issue?.params).toMatchObject({ found: 5, expected: 7 });
  });

  it("places the values of a PDF row whose blank cells left no trace under the columns of the rows around it", () => {
    const original = disclosureText("d06_hongze_qu_zhengfu_xxgk_2023");
    const line = original.split("\n").find((l) => l.includes("1.本机关不掌握相关政府信息")) ?? "";
    // Blank the five middle cells where they stand, as a PDF with empty cells prints them.
    let n = 0;
    const blanked = line.replace(/(?<=\s)\d+(?=\s|$)/g, (m) => (++n >= 2 && n <= 6 ? " ".repeat(m.length) : m));
    const report = parseDisclosureReport(original.replace(line, blanked));
    expect(report.requests.unavailable.notHeld.map((c) => c?.toString() ?? null)).toEqual(["10", null, null, null, null, null, "10"]);
    expect(report.issues).toEqual([]);
    // The same values moved off their columns are not placed.
    const shifted = parseDisclosureReport(original.replace(line, blanked.replace(/\s+10\s*$/, " 10")));
    expect(shifted.requests.unavailable.notHeld).toEqual([null, null, null, null, null, null, null]);
  });

  it("reads (六) split into three rows under a group label of its own line (2021 template, pdftotext)", () => {
    const text = disclosureText("d07_hongze_qu_zhengfu_xxgk_2024").replace(
      /\s*（六）其他处理\s+0\s+0\s+0\s+0\s+0\s+0\s+0/,
      [
        "",
        "                 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请   0  0  0  0  0  0  0",
        "     （六）其他处理",
        "                 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "                                       0    0   0   0    0    0   0",
        "                 3.其他                   0    0   0   0    0    0   0",
      ].join("\n"),
    );
    const report = parseDisclosureReport(text);
    expect(Array.isArray(report.requests.other)).toBe(false);
    const other = report.requests.other as Exclude<typeof report.requests.other, unknown[]>;
    expect(other.noCorrection[6]?.toString()).toBe("0");
    expect(other.feeUnpaid[6]?.toString()).toBe("0");
    expect(other.other[6]?.toString()).toBe("0");
    expect(report.requests.resultsTotal[6]?.toString()).toBe("95");
  });

  it("reads a note in a cell into notes and the leading number into the cell", () => {
    const text = disclosureText("d06_hongze_qu_zhengfu_xxgk_2023").replace(/行政规范性文件(\s+)0(\s+)5(\s+)5/, "行政规范性文件$10$25（含自然失效2件）$35");
    const report = parseDisclosureReport(text);
    expect(report.active).toMatchObject({ normativeDocuments: { repealed: expect.anything() } });
    expect(report.notes).toEqual({ "active.normativeDocuments.repealed": "含自然失效2件" });
  });

  it("detects the 2019 template by its headers and the 2021 one by its own", () => {
    expect(parseDisclosureReport(disclosureText("d01_shanghai_zfbgt_xxgk_2019")).template).toBe("2019");
    expect(parseDisclosureReport(disclosureText("d06_hongze_qu_zhengfu_xxgk_2023")).template).toBe("2021");
  });

  it("gives blank tables and issues, never a value, for a text without tables", () => {
    const report = parseDisclosureReport("2022年某某局政府信息公开工作年度报告\n一、总体情况\n全年受理政府信息公开申请12件。");
    expect(disclosureCells(report).every((c) => c.value === null)).toBe(true);
    expect(report.issues.map((i) => i.code)).toContain("disclosure.tableMissing");
    expect(report.textFigures.map((f) => f.value.toString())).toEqual(["12"]);
  });
});

describe("parseDisclosureReport never throws and never invents a value", () => {
  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const report = parseDisclosureReport(text);
        expect(DisclosureReport.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  for (const name of ["d06_hongze_qu_zhengfu_xxgk_2023", "d01_shanghai_zfbgt_xxgk_2019", "d04_shuyang_xian_zhengfu_xxgk_2025", "d07_hongze_qu_zhengfu_xxgk_2024"]) {
    it(`${name}: with lines dropped or duplicated, every cell read is the gold's or null`, () => {
      const lines = disclosureText(name).split("\n");
      const gold = goldCells(disclosureGold(name));
      fc.assert(
        fc.property(fc.array(fc.record({ at: fc.nat(lines.length - 1), drop: fc.boolean() }), { minLength: 1, maxLength: 4 }), (edits) => {
          const damaged = [...lines];
          for (const edit of edits) {
            if (edit.drop) damaged.splice(edit.at % damaged.length, 1);
            else damaged.splice(edit.at % damaged.length, 0, damaged[edit.at % damaged.length] ?? "");
          }
          for (const [path, value] of cellsOf(damaged.join("\n"))) if (value !== null) expect([path, value]).toEqual([path, gold.get(path)]);
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe("padding cells of a web page's table", () => {
  it("reads seven values among blank padding cells when the row's 总计 bears them out, and nothing when the 总计 does not", () => {
    const text = disclosureText("d04_shuyang_xian_zhengfu_xxgk_2025");
    const padded = parseDisclosureReport(text.replace("| 2. 重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |", "| 2. 重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |  |  |"));
    expect(padded.requests.notProcessed.repeated.map((c) => c?.toString() ?? null)).toEqual(["6", "1", "0", "0", "0", "0", "7"]);
    const ambiguous = parseDisclosureReport(text.replace("| 2. 重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |", "| 2. 重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 8 |  |"));
    expect(ambiguous.requests.notProcessed.repeated).toEqual([null, null, null, null, null, null, null]);
    expect(ambiguous.issues.map((i) => i.code)).toContain("disclosure.cellsUnreadable");
  });
});

describe("parseDisclosureReport is linear on a long line of numbers", () => {
  // One line of space-separated numbers was quadratic (each cell put at the front of the row's
  // cells): 100 KB took 1 s, 400 KB 32 s. No absolute time is asserted: 4n tokens are timed against
  // n in the same run, interleaved and the best of five each, so a busy machine slows both. Linear
  // reading gives a ratio of about 4 to 6, the quadratic one 35 and more.
  it("reads 4n tokens in less than 10 times the time of n", () => {
    const n = 10_000;
    expect(growth(parseDisclosureReport, "1 ".repeat(n), "1 ".repeat(4 * n))).toBeLessThan(10);
  });

  it("reads such a line as no table, the same with tabs and longer numbers", () => {
    for (const token of ["1 ", "1\t", "2022225 "]) {
      const report = parseDisclosureReport(token.repeat(20_000));
      expect(disclosureCells(report).every((c) => c.value === null)).toBe(true);
      expect(report.issues.map((i) => i.code)).toContain("disclosure.tableMissing");
    }
  });
});

describe("parseDisclosureReport on what is not text", () => {
  it("throws a TypeError saying what it expects, and how to read bytes", () => {
    expect(() => parseDisclosureReport(new TextEncoder().encode("一、总体情况") as never)).toThrow(new TypeError("parseDisclosureReport expects the text (a string), not bytes: decode them with decodeText first"));
    expect(() => parseDisclosureReport(null as never)).toThrow(new TypeError("parseDisclosureReport expects the text (a string), not null"));
  });

  it("writes no null into a message when the reporting year is not read", () => {
    const issue = parseDisclosureReport("一、总体情况\n二、主动公开政府信息情况\n", { locale: "zh" }).issues.find((i) => i.code === "disclosure.templateUndetermined");
    expect(issue?.message).toBe("表格表头未表明模板版本，按报告年度?判断为2021年格式");
  });
});

describe("parseDisclosureReport on numbers beyond the model's range in its prose", () => {
  it("reads no figure from them, and does not throw (61 digits threw a RangeError)", () => {
    const big = "1".repeat(61);
    const text = `一、总体情况\n全年共收到政府信息公开申请${big}件。收取费用${big}元。\n二、主动公开政府信息情况\n`;
    const report = parseDisclosureReport(text);
    expect(report.textFigures.map((f) => f.value.toString())).not.toContain(big);
    expect(report.fee?.value.toString() ?? null).not.toBe(big);
  });
});
