import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLayout, isTableLine } from "../../src/parse/cleanLayoutText.js";
import { cleanLayoutText, foldText } from "../../src/parse/index.js";
import { corpusDir } from "../helpers/corpus.js";

const disclosureDir = new URL("../disclosure/docs/", import.meta.url);
const disclosure = (name: string) => readFileSync(new URL(name, disclosureDir), "utf8");
const disclosureNames = readdirSync(disclosureDir).filter((name) => name.endsWith(".txt"));

/**
 * A paragraph hard-wrapped as `pdftotext -layout` gives it: lines of `columns` columns at
 * most (a Chinese character takes two), the first indented, ASCII words never split,
 * no spaces at either end of a continuation line.
 */
function wrap(paragraph: string, columns: number, indent = "   "): string {
  const lines: string[] = [];
  let line = indent;
  let width = indent.length;
  for (const token of paragraph.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/gu) ?? []) {
    const tokenWidth = token.charCodeAt(0) < 0x80 ? token.length : 2;
    if (width + tokenWidth > columns && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = "";
      width = 0;
    }
    if (line === "" && token === " ") continue;
    line += token;
    width += tokenWidth;
  }
  lines.push(line.trimEnd());
  return lines.join("\n");
}

describe("cleanLayoutText: page numbers, headers and footers", () => {
  it("drops page number lines in their usual forms, with the blank lines around them", () => {
    for (const pageLine of [
      "-1-",
      "                 -2-",
      "— 2 —",
      "- 3 -",
      "－４－",
      "第1页 共5页",
      "第 2 页",
      "第三页",
      "共5页 第3页",
      "第1页/共5页",
      "1/5",
      " 3 / 12 ",
      "Page 3 of 9",
    ]) {
      expect(cleanLayoutText(`一、总体情况。\n\n${pageLine}\n\n二、主动公开情况。`)).toBe("一、总体情况。\n二、主动公开情况。");
    }
    expect(cleanLayoutText("一、总体情况。\n\f二、主动公开情况。")).toBe("一、总体情况。\n二、主动公开情况。");
  });

  it("keeps lines that only look like page numbers inside text and tables", () => {
    const text = "全年办结率达1/5以上。\n详见第1页。\n规章               0          0       0\n| 1/5 |";
    expect(cleanLayoutText(text)).toBe(text);
  });

  it("drops a running header and footer repeated next to the page breaks, and keeps the same words in the body", () => {
    const page = (n: number, body: string) =>
      `洪泽区政府信息公开年报\n\n${body}\n\n淮安市洪泽区人民政府办公室\n                    -${n}-`;
    const text = [
      page(1, "一、总体情况。"),
      page(2, "洪泽区政府信息公开年报按条例编制。"),
      page(3, "二、主动公开情况。"),
      page(4, "三、其他。"),
    ].join("\n");
    expect(cleanLayoutText(text)).toBe("一、总体情况。\n洪泽区政府信息公开年报按条例编制。\n二、主动公开情况。\n三、其他。");
  });

  it("keeps short lines that repeat on fewer than three pages", () => {
    const text = "报告\n一、总体情况。\n\n-1-\n报告\n二、其他。";
    expect(cleanLayoutText(text)).toBe("报告\n一、总体情况。\n报告\n二、其他。");
  });
});

describe("cleanLayoutText: lines broken by the page width", () => {
  const paragraphs = [
    "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制，报告中所列数据统计期限自2023年1月1日起至2023年12月31日止，如对本报告有疑问，请与区政府办公室联系。",
    "加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度，严格执行“分级审核、先审后发”程序，落实“三审三校”制度。",
    "进一步细化分解政府门户网站和政务新媒体内容保障责任单位，形成工作清单，做到任务具体、责任明确，确保政府门户网站和政务新媒体工作有序开展。",
  ];

  it("joins a hard-wrapped page back into paragraphs, removing the break and the indentation", () => {
    const text = ["一、总体情况", ...paragraphs.map((p) => wrap(p, 58))].join("\n");
    expect(cleanLayoutText(text)).toBe(["一、总体情况", ...paragraphs.map((p) => `   ${p}`)].join("\n"));
  });

  it("joins across a page number that fell inside a sentence", () => {
    const [first = "", second = ""] = paragraphs;
    const wrapped = wrap(first + second, 58).split("\n");
    wrapped.splice(3, 0, "", "                          -1-", "");
    expect(cleanLayoutText(wrapped.join("\n"))).toBe(`   ${first}${second}`);
  });

  it("does not join a line to a heading or numbered item, nor a line that ends a sentence", () => {
    const body = wrap(paragraphs[0] ?? "", 58);
    for (const heading of ["一、总体情况", "（一）主动公开情况", "(二)依申请公开", "1.属于国家秘密", "2、其他", "第一条 总则", "●重点工作", "## 三、"]) {
      const text = `${body}\n${wrap(paragraphs[1] ?? "", 58).replace(/^ {3}/, "")}\n${heading}`;
      const cleaned = cleanLayoutText(text);
      expect(cleaned.endsWith(`\n${heading}`)).toBe(true);
    }
    const sentences = `${wrap(paragraphs[0] ?? "", 58)}\n${wrap(paragraphs[1] ?? "", 58)}`;
    expect(cleanLayoutText(sentences).split("\n")).toHaveLength(2);
  });

  it("never joins table lines: columns aligned with spaces, or cells between |", () => {
    const tables = disclosure("d06_hongze_qu_zhengfu_xxgk_2023.txt");
    const cleaned = cleanLayoutText(tables);
    for (const row of [
      "规章               0          0       0",
      "行政规范性文件          0          5       5",
      "一、本年新收政府信息公开申请数量                             21    0      0     0   0   0     21",
      "10    1      0   0    0   0    0   0   0    0   5   0     0   0   0",
    ]) {
      expect(cleaned.split("\n")).toContain(row);
    }
    const piped = "| 信息内容 | 本年制发件数\n| 规章 | 0 |";
    expect(cleanLayoutText(piped)).toBe(piped);
  });

  it("joins a prose line that OCR broke after a blank line (看\\n\\n得懂), and leaves paragraphs apart", () => {
    const d04 = cleanLayoutText(disclosure("d04_shuyang_xian_zhengfu_xxgk_2025.txt"));
    expect(d04).toContain("努力让政务信息“看得懂、用得上、易监督”。");
    expect(d04).toContain("及时向责任单位进行提醒通知，全年发出催办提示 84 次");
    expect(d04).toContain("通过案例实操，赋能业务提升");
    expect(d04).toContain("## 一、总体情况\n\n2025年，我县坚持以习近平新时代中国特色社会主义思想为指导");
  });

  it("reads the two PDFs' prose as sentences: no page numbers, no breaks inside", () => {
    const d06 = cleanLayoutText(disclosure("d06_hongze_qu_zhengfu_xxgk_2023.txt"));
    expect(d06).not.toMatch(/^\s*-\d+-\s*$/m);
    expect(d06).toContain("严格执行“分级审核、先审后发”程序，落实 “三审三校”制度");
    expect(d06).toContain("2023 年，我区在政府网站平台主动公开政府信息 1136 条。");
    expect(d06).toContain("\n   一、总体情况\n");
    expect(d06).toContain("\n                  三、收到和处理政府信息公开申请情况\n");
    const d07 = cleanLayoutText(disclosure("d07_hongze_qu_zhengfu_xxgk_2024.txt"));
    expect(d07).toContain("公开政府常务会议 7期，解读信息发布 7 条。");
    expect(d07).toContain("实行政府信息公开工作人员跟班学习制度");
  });

  it("joins two ASCII words with a space", () => {
    const text = wrap(`${"政府信息公开工作年度报告，".repeat(6)}electronic mail box hzzwgk 126 com 政务公开工作摆在重要位置。`, 48);
    expect(cleanLayoutText(text).split("\n")).toHaveLength(1);
  });
});

describe("cleanLayoutText on clean text", () => {
  it("returns every corpus document and excerpt as it is", () => {
    for (const dir of [`${corpusDir}docs`, `${corpusDir}excerpts/docs`]) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
        const text = readFileSync(`${dir}/${name}`, "utf8");
        expect(cleanLayoutText(text), name).toBe(text);
      }
    }
    expect(cleanLayoutText(disclosure("d01_shanghai_zfbgt_xxgk_2019.txt"))).toBe(disclosure("d01_shanghai_zfbgt_xxgk_2019.txt"));
  });

  it("does not take lines of one width that repeat in a long text for a hard-wrapped page (the corpus ten times over)", () => {
    const dir = `${corpusDir}docs`;
    const corpus = readdirSync(dir)
      .sort()
      .map((name) => readFileSync(`${dir}/${name}`, "utf8"))
      .join("\n");
    const tenTimes = `${corpus}\n`.repeat(10);
    expect(cleanLayoutText(tenTimes)).toBe(tenTimes);
  });

  it("leaves a title, a heading and a paragraph apart", () => {
    const text =
      "哈尔滨市交通运输局2020年度法治政府部门建设工作情况报告\n发布时间:2021-02-23\n一、主要举措和成效\n(一)强化组织领导,统筹推进法治工作\n" +
      "一是落实责任,全年召开会议12次。\n坚持依法行政,全面推进法治政府部门建设\n\n本年度我局制发规范性文件1件。";
    expect(cleanLayoutText(text)).toBe(text);
  });
});

describe("cleanLayoutText properties", () => {
  it("is idempotent on the disclosure documents", () => {
    for (const name of disclosureNames) {
      const once = cleanLayoutText(disclosure(name));
      expect(cleanLayoutText(once), name).toBe(once);
    }
  });

  const hanzi = fc.constantFrom(..."政府信息公开工作报告年度行政复议诉讼案件办理情况主动申请网站平台管理监督保障制度规范");
  const paragraph = fc
    .tuple(fc.array(fc.tuple(fc.array(hanzi, { minLength: 4, maxLength: 18 }), fc.constantFrom("，", "、", "；", "")), { minLength: 3, maxLength: 12 }))
    .map(([clauses]) => `${clauses.map(([chars, mark]) => chars.join("") + mark).join("")}。`);

  it("joins any hard-wrapped paragraphs back as they were", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 6 }), fc.integer({ min: 36, max: 72 }), (paras, width) => {
        const text = paras.map((p) => wrap(p, width)).join("\n");
        // A line that happens to end with 。 inside a paragraph is not a break a reader could tell from a paragraph's end.
        fc.pre(paras.every((p) => p.indexOf("。") === p.length - 1));
        // The reader joins lines only on evidence of a page width: at least four lines that break inside a
        // paragraph at one column (wrapWidth). Full lines that end a paragraph are no such evidence (a draw
        // with two breaks and four full last lines was left as it was, rightly; the property failed about 1 run in 20).
        const breaks = paras.reduce((n, p) => n + wrap(p, width).split("\n").length - 1, 0);
        fc.pre(breaks >= 4);
        expect(cleanLayoutText(text)).toBe(paras.map((p) => `   ${p}`).join("\n"));
      }),
      { numRuns: 200 },
    );
  });

  /** Texts of up to 40 lines, each a paragraph, one of `lines`, or a string of `chars`; long lines hard-wrapped at 16–80 columns. */
  const mixedLayout = (lines: readonly string[], chars: string) =>
    fc
      .tuple(fc.array(fc.oneof(paragraph, fc.constantFrom(...lines), fc.string({ unit: fc.constantFrom(...chars), maxLength: 40 })), { maxLength: 40 }), fc.integer({ min: 16, max: 80 }))
      .map(([picked, columns]) => picked.map((l) => (l.length * 2 > columns ? wrap(l, columns, "") : l)).join("\n"));

  it("is idempotent and never throws on any mix of lines, page numbers, headings and tables", () => {
    const lines = ["", "  ", "-1-", "— 2 —", "第1页 共5页", "一、总体情况", "（一）主动公开", "1.属于", "规章      0     0", "| a | b |", "\f"];
    fc.assert(
      fc.property(mixedLayout(lines, "政府信息，。、“”《》()（）：; 0123456789ab|-\t\u3000"), (text) => {
        const once = cleanLayoutText(text);
        expect(cleanLayoutText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the text it cleans folded too, as foldText would fold it (cleanLayout, for parseReport)", () => {
    const lines = ["", "  ", "-1-", "— 2 —", "第1页 共5页", "一、总体情况", "（一）主动公开", "Ｐａｇｅ　３", "ab\u3000", "\u3000cd", "\f"];
    fc.assert(
      fc.property(mixedLayout(lines, "政府信息，。、“”《》()（）：; 0123456789ａｂ１ab|-\t\u3000\u00a0\u2212\r"), (text) => {
        const cleaned = cleanLayout(text);
        expect(cleaned.text).toBe(cleanLayoutText(text));
        expect(cleaned.folded ?? foldText(cleaned.text)).toBe(foldText(cleaned.text));
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear on large inputs made of what it looks for", () => {
    const big = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
    expect(cleanLayoutText(big("-1-\n"))).toBe("");
    const wrapped = cleanLayoutText(big("政府信息公开工作年度报告政府信息公开工作\n"));
    expect(wrapped.trimEnd()).not.toContain("\n");
    expect(cleanLayoutText(big("一、总体情况\n\n"))).toBe(big("一、总体情况\n\n"));
  });
});

describe("isTableLine", () => {
  it("finds what /\\||\\S {2,}\\S/ finds: a bar, or a run of two spaces or more between two characters that are no white space", () => {
    const unit = fc.constantFrom(" ", " ", " ", "\t", "\u3000", "\u00a0", "\ufeff", "a", "政", "|", "0");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (line) => {
        expect(isTableLine(line)).toBe(/\||\S {2,}\S/.test(line));
      }),
      { numRuns: 2000 },
    );
    expect(isTableLine("规章      0     0")).toBe(true);
    expect(isTableLine("政府 信息")).toBe(false);
  });
});
