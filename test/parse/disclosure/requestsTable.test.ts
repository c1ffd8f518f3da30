import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/model/issue.js";
import { readRequestsTable, requestRowKey } from "../../../src/parse/disclosure/requestsTable.js";
import { splitLines } from "../../../src/parse/disclosure/sections.js";
import { foldText } from "../../../src/parse/foldText.js";

const format = { doubled: false, borders: "auto" } as const;

function read(source: string) {
  const issues: Issue[] = [];
  const rows = readRequestsTable(splitLines(foldText(source)), format, "en", issues);
  return { values: Object.fromEntries([...rows].map(([key, row]) => [key, row.values])), issues };
}

describe("requestRowKey", () => {
  it("names a row by its label, a sub-row winning over its group", () => {
    expect(requestRowKey("一、本年新收政府信息公开申请数量", null)).toBe("received");
    expect(requestRowKey("(三)不予公开1.属于国家秘密", null)).toBe("refused.stateSecret");
    expect(requestRowKey(foldText("（四）无法提供１．本机关不掌握相关政府信息"), null)).toBe("unavailable.notHeld");
  });

  it("reads 其他 as a sub-row only after the rows it follows", () => {
    expect(requestRowKey("3.其他", "other.feeUnpaid")).toBe("other.other");
    expect(requestRowKey("3.其他", null)).toBeNull();
  });

  it("gives null for an empty label or one of no template row", () => {
    expect(requestRowKey("", null)).toBeNull();
    expect(requestRowKey("备注", null)).toBeNull();
  });
});

describe("readRequestsTable", () => {
  it.each([
    ["一、本年新收政府信息公开申请数量    35    2    0    0    0    1    38\n二、上年结转政府信息公开申请数量    1    0    0    0    0    0    1\n"],
    ["一、本年新收政府信息公开申请数量　　３５　　２　　０　　０　　０　　１　　３８\n二、上年结转政府信息公开申请数量　　１　　０　　０　　０　　０　　０　　１\n"],
  ])("reads each row's seven values by its label", (source) => {
    expect(read(source)).toEqual({
      values: { received: ["35", "2", "0", "0", "0", "1", "38"], carriedOver: ["1", "0", "0", "0", "0", "0", "1"] },
      issues: [],
    });
  });

  it("joins a label standing on the line above its values", () => {
    expect(read("(一)予以公开\n    20    1    0    0    0    0    21\n").values).toEqual({ granted: ["20", "1", "0", "0", "0", "0", "21"] });
  });

  it("leaves a row it cannot place blank, with an issue, and reads nothing from empty lines", () => {
    const { values, issues } = read("(一)予以公开 | 20 | 1 | 21\n");
    expect(values).toEqual({ granted: [null, null, null, null, null, null, null] });
    expect(issues).toMatchObject([{ code: "disclosure.cellsUnreadable", severity: "warning" }]);
    expect(read("")).toEqual({ values: {}, issues: [] });
  });
});

describe("labels wrapped around their values (pdftotext -layout, a cell's text centred on its values)", () => {
  const values = (n: number) => `                ${[n, 0, 0, 0, 0, 0, n].map((v) => String(v).padStart(5)).join("")}`;
  // Each label wrapped at a narrow column; the values on the line after its first line.
  const text = [
    "    5.属于三类",
    values(5),
    "    内部事务信息",
    "    6.属于四类",
    values(6),
    "    过程性信息",
    "    7.属于行政",
    values(7),
    "    执法案卷",
    "    8.属于行政",
    values(8),
    "    查询事项",
    "    5.要求行政",
    values(15),
    "    机关确认或重",
    "    新出具已获取",
    "    信息",
    "    （六）其他处",
    values(16),
    "    理",
  ].join("\n");

  it("gives each row its own values, never the next row's under a word of the line above", () => {
    const { values: rows } = read(text);
    expect(rows["refused.internalAffairs"]?.[6]).toBe("5");
    expect(rows["refused.processInfo"]?.[6]).toBe("6");
    expect(rows["refused.enforcementFile"]?.[6]).toBe("7");
    expect(rows["refused.queryMatter"]?.[6]).toBe("8");
    expect(rows["notProcessed.confirmation"]?.[6]).toBe("15");
    expect(rows["other"]?.[6]).toBe("16");
  });

  it("reads a row whose group label shares its values' line (（三）不予 4.保护第三方合 / 公开 values / 法权益)", () => {
    const { values: rows } = read(["                  （三）不予 4.保护第三方合", `                  公开${values(4).slice(6)}`, "                           法权益"].join("\n"));
    expect(rows["refused.thirdParty"]?.[6]).toBe("4");
  });

  it("says so when values are read under no label it can name, where they were dropped silently", () => {
    const { values: rows, issues } = read(["    7.属于行", values(7), "    政执"].join("\n"));
    expect(rows).toEqual({});
    expect(issues.map((i) => i.code)).toEqual(["disclosure.rowUnknown"]);
    expect(issues[0]?.message).toContain("7.属于行政执");
  });
});

describe("a row whose values go on on the next line", () => {
  // The 总计 column set a line lower (pdftotext of cells aligned at different heights), or a row broken
  // in two: the row had six cells (cellsUnreadable) and the next line's values were an unknown row.
  it.each([
    ["the 总计 a line lower", "一、本年新收政府信息公开申请数量    35    2    0    0    0    1\n                                                      38\n"],
    ["three and four", "一、本年新收政府信息公开申请数量    35    2    0\n                                   0    0    1    38\n"],
    ["| rows", "| 一、本年新收政府信息公开申请数量 | 35 | 2 | 0 |\n| 0 | 0 | 1 | 38 |\n"],
  ])("%s: one row of seven", (_, first) => {
    const source = `${first}二、上年结转政府信息公开申请数量    1    0    0    0    0    0    1\n`;
    expect(read(source)).toEqual({
      values: { received: ["35", "2", "0", "0", "0", "1", "38"], carriedOver: ["1", "0", "0", "0", "0", "0", "1"] },
      issues: [],
    });
  });

  it("keeps a row short when the next line's values do not make its 总计 add up: cellsUnreadable, as before", () => {
    const { values, issues } = read("一、本年新收政府信息公开申请数量    35    2    0    0    0    1\n                                                      39\n");
    expect(values["received"]).toEqual([null, null, null, null, null, null, null]);
    expect(issues.map((i) => i.code)).toContain("disclosure.cellsUnreadable");
  });
});

describe("a group's label on the line of its first row's values", () => {
  // pdftotext sets a merged cell's text (三、本年度办理结果, centred on its rows) on the line of the first row's
  // values, that row's own label a line below: the values were an unknown row (rowUnknown) and the row missing.
  it.each([
    ["三、本年度办理结果", "(一)予以公开", "granted"],
    ["（三）不予公开", "1.属于国家秘密", "refused.stateSecret"],
    ["（四）无法提供", "1.本机关不掌握相关政府信息", "unavailable.notHeld"],
  ])("%s over %s", (group, own, key) => {
    const source = `${group}                    50    0    0    0    0    0    50\n                  ${own}\n四、结转下年度继续办理    1    0    0    0    0    0    1\n`;
    expect(read(source)).toEqual({ values: { [key]: ["50", "0", "0", "0", "0", "0", "50"], carriedForward: ["1", "0", "0", "0", "0", "0", "1"] }, issues: [] });
  });

  it("leaves a numbered label below a row's own label to the next row", () => {
    const source = "一、本年新收政府信息公开申请数量    35    2    0    0    0    1    38\n（一）予以公开\n    8    0    0    0    0    0    8\n";
    expect(read(source).values).toEqual({ received: ["35", "2", "0", "0", "0", "1", "38"], granted: ["8", "0", "0", "0", "0", "0", "8"] });
  });
});
