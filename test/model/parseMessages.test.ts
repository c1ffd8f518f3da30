import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/issue.js";
import { issueMessages, type MessageTemplates } from "../../src/model/issueMessages.js";
import * as parseMessages from "../../src/model/parseMessages.js";
import {
  agencyAmbiguousDivisionMessage,
  bilingualMessage,
  dateMalformedMessage,
  encodingDeclaredMismatchMessage,
  encodingGuessedMessage,
  encodingLossyMessage,
  encodingUnknownLabelMessage,
  fileNotTextMessage,
  fileUnreadableMessage,
  metadataOtherTitleMessage,
  metadataYearMalformedMessage,
  numberAmbiguousGroupingMessage,
  numberUnreadableMessage,
} from "../../src/model/parseMessages.js";
import { readReportFile } from "../../src/node/readReportFile.js";
import { readAgencyWithIssues } from "../../src/parse/agency.js";
import { parseChineseNumber } from "../../src/parse/chineseNumber.js";
import { parseDate } from "../../src/parse/dates.js";
import { decodeText, lossIssue } from "../../src/parse/decodeText.js";
import { extractQuantities } from "../../src/parse/quantities.js";
import { readMetadata } from "../../src/parse/metadata.js";
import { readReportingYear } from "../../src/parse/reportingYear.js";
import { asciiPunctuationInChinese } from "../helpers/chinesePunctuation.js";

/** Each code found while parsing or reading a file, with its messages. */
const byCode: Readonly<Record<string, MessageTemplates>> = {
  "date.malformed": dateMalformedMessage,
  "number.unreadable": numberUnreadableMessage,
  "number.ambiguousGrouping": numberAmbiguousGroupingMessage,
  "metadata.yearMalformed": metadataYearMalformedMessage,
  "metadata.otherTitle": metadataOtherTitleMessage,
  "agency.ambiguousDivision": agencyAmbiguousDivisionMessage,
  "encoding.lossy": encodingLossyMessage,
  "encoding.unknownLabel": encodingUnknownLabelMessage,
  "encoding.guessed": encodingGuessedMessage,
  "encoding.declaredMismatch": encodingDeclaredMismatchMessage,
  "file.unreadable": fileUnreadableMessage,
  "file.notText": fileNotTextMessage,
};

/** Every template the module exports, by its name. */
const exported = Object.entries(parseMessages).flatMap(([name, value]) =>
  typeof value === "object" && value !== null && "zh" in value && "en" in value ? [[name, value as MessageTemplates] as const] : [],
);

/** The names of a template's placeholders, a language's own variant (`readingZh`, `causeEn`) taken as one. */
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? "").replace(/(Zh|En)$/, "")).sort();

/** An issue of each code, as its producer makes it. */
function producedIssues(): Issue[] {
  const issue = (found: Issue | null | undefined): Issue => {
    if (!found) throw new Error("the producer gave no issue");
    return found;
  };
  const utf8 = new TextEncoder().encode("某局2021年法治政府建设情况报告\n正文");
  const number = parseChineseNumber("三点");
  const dir = mkdtempSync(join(tmpdir(), "fazhi-parseMessages-"));
  try {
    const binary = join(dir, "report.docx");
    writeFileSync(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const notText = readReportFile(binary);
    const missing = readReportFile(join(dir, "no-such-file.txt"));
    return [
      issue(parseDate("2022225").issue),
      issue(parseDate("2021111").issue),
      issue(number.ok ? null : number.issue),
      issue(extractQuantities("办理1,2345件。").issues[0]),
      issue(readReportingYear("", { text: "某县20211年度法治政府建设报告", start: 0 }).issues[0]),
      issue(readMetadata("某市应急管理局2023年工作总结\n正文").issues.find((i) => i.code === "metadata.otherTitle")),
      issue(readAgencyWithIssues("2021年，在区委、区政府的领导下，鼓楼区坚持依法行政，取得新成效。", null).issues[0]),
      issue(lossIssue("报\ufffd告", "utf-8")),
      issue(lossIssue("报\ufffd告", null)),
      ...decodeText(utf8, { encoding: "x-martian" }).issues,
      ...decodeText(utf8, { encoding: "gbk" }).issues,
      ...decodeText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])).issues,
      issue(notText.ok ? null : notText.issue),
      issue(missing.ok ? null : missing.issue),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the parse messages", () => {
  it("are the templates of every code found while parsing or reading a file, and only those", () => {
    const templates = exported.map(([, t]) => t);
    expect(templates.length).toBe(Object.keys(byCode).length);
    for (const t of Object.values(byCode)) expect(templates).toContain(t);
  });

  it("are the templates the message table holds under their codes", () => {
    for (const [code, templates] of Object.entries(byCode)) expect(issueMessages[code as keyof typeof issueMessages], code).toBe(templates);
  });

  it("have a Chinese and an English text each", () => {
    for (const [name, { zh, en }] of exported) {
      expect(zh, name).toMatch(/\p{Script=Han}/u);
      // English, but for a quoted Chinese word (“{raw}年”).
      expect(en.replace(/"[^"]*"/g, ""), name).not.toMatch(/\p{Script=Han}/u);
      expect(en, name).toMatch(/[A-Za-z]{3}/);
    }
  });

  it("begin their English as a sentence does, with a capital (or a param, quoted or not)", () => {
    expect(exported.filter(([, t]) => !/^"?[A-Z{]/.test(t.en)).map(([name, t]) => `${name}: ${t.en}`)).toEqual([]);
  });

  it("use full-width ，：；（） in Chinese", () => {
    expect(exported.filter(([, t]) => asciiPunctuationInChinese.test(t.zh)).map(([name, t]) => `${name}: ${t.zh}`)).toEqual([]);
    expect(asciiPunctuationInChinese.test(agencyAmbiguousDivisionMessage.zh.replace("（", "("))).toBe(true);
  });

  it("fill the same params in both languages", () => {
    for (const [name, { zh, en }] of exported) expect(placeholders(zh), name).toEqual(placeholders(en));
  });
});

describe("bilingualMessage", () => {
  it("gives the Chinese and the English message, filled, joined by ` / `", () => {
    expect(bilingualMessage(encodingGuessedMessage, { encoding: "gb18030" })).toBe(
      "未声明编码，按字节推测为gb18030 / No encoding was declared; the bytes were read as gb18030",
    );
    expect(bilingualMessage({ zh: "第{n}项", en: "item {n}" }, { n: 3 })).toBe("第3项 / item 3");
  });

  it("fills each language's own variant of a param", () => {
    const params = { raw: "2022225", readingZh: "按2022-02-25理解", readingEn: "read as 2022-02-25" };
    expect(bilingualMessage(dateMalformedMessage, params)).toBe(
      "日期“2022225”书写不规范，按2022-02-25理解 / The date 2022225 is not well-formed; read as 2022-02-25",
    );
  });

  it("leaves a placeholder without a param as written", () => {
    expect(bilingualMessage(metadataYearMalformedMessage, {})).toBe("标题中的年份“{raw}年”不是有效年份 / The title's year \"{raw}年\" is not a valid year");
  });
});

describe("the issues their producers make", () => {
  const issues = producedIssues();

  it("cover every code of the module", () => {
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(Object.keys(byCode).sort());
  });

  it("carry the bilingual message of their code, made from their own params", () => {
    for (const issue of issues) {
      const templates = byCode[issue.code];
      expect(templates, issue.code).toBeDefined();
      if (templates) expect(issue.message, issue.code).toBe(bilingualMessage(templates, issue.params));
    }
  });

  it("leave no placeholder unfilled, in either language", () => {
    for (const issue of issues) {
      expect(issue.message, issue.code).not.toMatch(/\{\w+\}/);
      expect(issue.message.split(" / ").length, issue.code).toBe(2);
    }
  });

  it("keep the words they were given, full-width marks included", () => {
    const ambiguous = issues.find((i) => i.code === "agency.ambiguousDivision");
    expect(ambiguous?.message).toMatch(/^地名“鼓楼区”对应多个行政区划（\d{6}(、\d{6})+），正文未指明所属地市 \/ "鼓楼区" names several divisions/);
    const grouping = issues.find((i) => i.code === "number.ambiguousGrouping");
    expect(grouping?.message).toBe("“1,2345件”不是一个数：其数字的分组符号不是千位分隔符 / \"1,2345件\" is not one number: its digits are grouped by a separator that is no thousands separator");
  });
});
