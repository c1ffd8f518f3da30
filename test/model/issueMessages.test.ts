// One message table: every issue code fazhi raises has its zh and en templates in src/model/issueMessages.ts, each
// code is raised in one file only, and every template's {params} are filled by the issues that carry the code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { indicatorCodes } from "../../src/model/indicatorCode.js";
import { issueMessage, issueMessages } from "../../src/model/issueMessages.js";
import type { Issue } from "../../src/model/issue.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { formatIssues } from "../../src/render/formatIssues.js";
import { disclosureRules, disclosureSeriesRules } from "../../src/validate/disclosure/disclosureRules.js";
import { defaultRules } from "../../src/validate/rules/index.js";
import { validate } from "../../src/validate/validate.js";
import { asciiPunctuationInChinese } from "../helpers/chinesePunctuation.js";
import { corpusNames, corpusText } from "../helpers/corpus.js";
import { encodeGbk } from "../helpers/gbk.js";

const src = fileURLToPath(new URL("../../src/", import.meta.url));
const indicators: ReadonlySet<string> = new Set(indicatorCodes);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Each issue code written in src/ (outside comments), with the files that raise it. */
function raisedCodes(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (code: string, file: string) => found.set(code, (found.get(code) ?? new Set()).add(file));
  for (const file of sources(src)) {
    if (file.includes(`${join("catalog", "")}`)) continue; // indicator codes, not issue codes
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const name = relative(src, file);
    for (const m of code.matchAll(/\bcode: "([a-z]+(?:\.[a-zA-Z]+)+)"/g)) if (!indicators.has(m[1] ?? "")) add(m[1] ?? "", name);
    for (const m of code.matchAll(/\b(?:issue|fileIssue|bilingualMessage)\(\s*"([a-z]+(?:\.[a-zA-Z]+)+)"/g)) add(m[1] ?? "", name);
    // The disclosure reader's issues are all made by readIssue, which the table readers call with their codes.
    for (const m of code.matchAll(/\breadIssue\(\s*"([a-z]+(?:\.[a-zA-Z]+)+)"/g)) add(m[1] ?? "", join("parse", "disclosure", "readIssues.ts"));
    for (const m of code.matchAll(/\bfazhi: "([a-zA-Z]+\.[a-zA-Z]+)"/g)) add(`schema.${m[1] ?? ""}`, name);
    // DecimalValue names its issue by the verdict: decimal.invalid or decimal.outOfRange.
    if (/fazhi: `decimal\.\$\{verdict\}`/.test(code)) for (const verdict of ["invalid", "outOfRange"]) add(`schema.decimal.${verdict}`, name);
  }
  return found;
}

/** The names of a template's placeholders, a language's own variant (`readingZh`, `causeEn`) taken as one. */
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? "").replace(/(Zh|En)$/, "")).sort();

const raised = raisedCodes();

describe("issueMessages", () => {

  it("holds every code raised anywhere in src/, with a Chinese and an English template", () => {
    expect(raised.size).toBeGreaterThan(40);
    const missing = [...raised.keys()].filter((code) => !Object.hasOwn(issueMessages, code));
    expect(missing).toEqual([]);
    for (const [code, templates] of Object.entries(issueMessages)) {
      expect(templates.zh.length, code).toBeGreaterThan(0);
      expect(templates.en.length, code).toBeGreaterThan(0);
      expect(/[\u4e00-\u9fff]/.test(templates.zh), `${code} zh`).toBe(true);
    }
  });

  it("holds no code nobody raises", () => {
    expect(Object.keys(issueMessages).filter((code) => !raised.has(code))).toEqual([]);
  });

  it("gives each code one owner: one file raises it", () => {
    expect([...raised].filter(([, files]) => files.size > 1).map(([code, files]) => `${code}: ${[...files].join(", ")}`)).toEqual([]);
  });

  it("is where every shipped rule takes its messages from", () => {
    for (const rule of [...defaultRules, ...disclosureRules, ...disclosureSeriesRules]) {
      expect(rule.messages, rule.code).toBe(issueMessages[rule.code as keyof typeof issueMessages]);
    }
  });

  it("fills the same params in both languages", () => {
    for (const [code, templates] of Object.entries(issueMessages)) expect(placeholders(templates.zh), code).toEqual(placeholders(templates.en));
  });

  it("renders a template's params, and leaves the codes it does not know", () => {
    expect(issueMessage("validate.ruleFailed", "zh", { rule: "x.y" })).toBe("规则x.y执行失败");
    expect(issueMessage("custom.mine", "en", {})).toBeUndefined();
    expect(issueMessage("constructor", "en", {})).toBeUndefined();
  });
});

/** The string literals a Chinese reader is shown, written in src/ outside the catalog: `zh: "…"`, `reasonZh: "…"`, the Chinese reason of `fail(…)`. */
function chineseLiterals(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const file of sources(src)) {
    if (file.includes(`${join("catalog", "")}`) || file.includes(`${join("render", "")}`) || file.includes(`${join("aggregate", "")}`)) continue;
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const name = relative(src, file);
    for (const m of code.matchAll(/\b(?:zh|[a-z]+Zh): ["`]([^"`]*)["`]/g)) found.push({ where: name, text: m[1] ?? "" });
    for (const m of code.matchAll(/\bzh\s*\?\s*["`]([^"`]*)["`]/g)) found.push({ where: name, text: m[1] ?? "" });
    for (const m of code.matchAll(/\b(?:fail|unreadableNumber|fileIssue)\([^;]*?, ["`]([^"`]*)["`]\)/g)) found.push({ where: name, text: m[1] ?? "" });
  }
  return found;
}

describe("the Chinese messages", () => {
  it("find what they check: ASCII punctuation next to a Chinese character, in either order", () => {
    expect(asciiPunctuationInChinese.test("书写不规范,{readingZh}")).toBe(true);
    expect(asciiPunctuationInChinese.test("行政区划({codes})")).toBe(true);
    expect(asciiPunctuationInChinese.test("“{input}”:其")).toBe(true);
    expect(asciiPunctuationInChinese.test("书写不规范，{readingZh}")).toBe(false);
    expect(asciiPunctuationInChinese.test("超出 DECIMAL(38,6) 的范围")).toBe(false);
    expect(asciiPunctuationInChinese.test("Table {table}, row: {row}")).toBe(false);
  });

  // The parse messages' and zod messages' own checks are in parseMessages.test.ts and zodIssueMessages.test.ts.
  it("use full-width ，：；（） in every zh template of the message table", () => {
    const bad = Object.entries(issueMessages).filter(([, t]) => asciiPunctuationInChinese.test(t.zh));
    expect(bad.map(([code, t]) => `${code}: ${t.zh}`)).toEqual([]);
  });

  it("use full-width punctuation in the Chinese params (reasons, causes) and every Chinese literal of src/", () => {
    const literals = chineseLiterals();
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((l) => asciiPunctuationInChinese.test(l.text)).map((l) => `${l.where}: ${l.text}`)).toEqual([]);
  });
});

describe("the messages of the issues a document gives", () => {
  const odd = [
    ["a malformed date, an unreadable and an ambiguous number", "某局2021年法治政府建设情况报告\n罚款1234567890123456789012345678901234567890123456789012345678901亿元,办理1,2345件。\n某局\n2022225\n"],
    ["a year out of range", "某局0021年法治政府建设情况报告\n正文"],
    ["a district name several cities have", "2021年,在区委、区政府的领导下,鼓楼区坚持依法行政,取得新成效。"],
    ["a cumulative figure, parts and a rate", "某县交通运输局2021年法治政府建设情况报告\n2020年来,累计开展检查52667次。共有车辆100辆,其中客车60辆,货车50辆。共有车辆1417辆,上线车辆1216辆,上线率为85.98%。\n"],
  ] as const;
  const utf8 = new TextEncoder().encode("某局2021年法治政府建设情况报告\n正文");
  const documents: [string, string | Uint8Array, { encoding?: string }?][] = [
    ...corpusNames().map((name): [string, string] => [name, corpusText(name)]),
    ...odd.map(([name, text]): [string, string] => [name, text]),
    ["GBK bytes without a declaration", encodeGbk("某局2021年法治政府建设情况报告\n正文")],
    ["UTF-8 bytes with a stray byte", new Uint8Array([...new TextEncoder().encode("某局2021年报告\n"), 0xff, 0xfe, 0x41])],
    ["an unknown declared encoding", utf8, { encoding: "x-martian" }],
    ["UTF-8 bytes declared GBK", utf8, { encoding: "gbk" }],
  ];
  const actuals = [{ agency: "a", indicator: "litigation.headAppearanceRate", period: 2022, quantity: { value: "90", unit: "%", qualifier: "exact" }, modality: "actual", attribution: "own" }];

  for (const [name, input, options] of documents) {
    it(`have every {param} filled, in either language (${name})`, () => {
      const doc = parseReport(input, options);
      for (const locale of ["zh", "en"] as const) {
        const issues: Issue[] = [...(doc.issues ?? []), ...validate(doc, { locale, actuals })];
        const listed = formatIssues(issues, { locale, text: doc.text ?? "" });
        expect(listed).not.toMatch(/\{\w+\}/);
        for (const issue of issues) expect(issue.message, issue.code).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it("cover every code the parser raises", () => {
    const codes = new Set(documents.flatMap(([, input, options]) => (parseReport(input, options).issues ?? []).map((i) => i.code)));
    const parseCodes = [...raised].filter(([, files]) => [...files].every((f) => f.startsWith("parse") && !f.includes("disclosure"))).map(([code]) => code);
    expect(parseCodes.length).toBeGreaterThan(6);
    expect(parseCodes.filter((code) => !codes.has(code))).toEqual([]);
  });

  it("include the parser's findings, given again by validate in the locale asked for", () => {
    const doc = parseReport(odd[0][1]);
    const codes = (doc.issues ?? []).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["number.unreadable", "number.ambiguousGrouping", "date.malformed"]));
    const zh = validate(doc, { locale: "zh" }).filter((i) => codes.includes(i.code));
    expect(zh.map((i) => i.code).sort()).toEqual([...codes].sort());
    expect(zh.every((i) => /[\u4e00-\u9fff]/.test(i.message) && !i.message.includes(" / "))).toBe(true);
    // A parse issue's own message carries both languages, for a reader that asked for neither.
    expect(doc.issues?.find((i) => i.code === "date.malformed")?.message).toBe("日期“2022225”书写不规范，按2022-02-25理解 / The date 2022225 is not well-formed; read as 2022-02-25");
  });
});
