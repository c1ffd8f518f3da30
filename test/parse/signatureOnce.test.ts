// The 落款 (findSignature) is read once per document: parseReport and parseDisclosureReport read it with the dates
// (readDatesAndSignature) and give it to the agency reader, which uses what it is given and does not look again.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readAgencyWithIssues } from "../../src/parse/agency.js";
import { readDatesAndSignature, readDocumentDates } from "../../src/parse/documentDates.js";
import { readMetadata } from "../../src/parse/metadata.js";
import { parseReport } from "../../src/parse/parseReport.js";

const parseDir = fileURLToPath(new URL("../../src/parse/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The calls of `name(` in the code of parse/ (comments left out), as `file: count`. */
function callsOf(name: string): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const file of sources(parseDir)) {
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const count = [...code.matchAll(new RegExp(`(?<![\\w.])${name}\\(`, "g"))].filter((m) => !/function\s+$/.test(code.slice(0, m.index))).length;
    if (count > 0) calls[file.slice(parseDir.length)] = count;
  }
  return calls;
}

const ascii = "某县交通运输局2021年法治政府建设情况报告\n正文\n哈尔滨市交通运输局\n\n2022年2月23日\n";
const fullWidth = "某县交通运输局2021年法治政府建设情况报告\n正文\n哈尔滨市交通运输局\n\n２０２２年２月２３日\n";

describe("the 落款 is read once per document", () => {
  it("findSignature is called in one place: the reader of the dates, which parseReport and parseDisclosureReport call once", () => {
    expect(callsOf("findSignature")).toEqual({ "documentDates.ts": 1 });
    expect(callsOf("readDatesAndSignature")).toMatchObject({ "parseReport.ts": 1, "disclosure/parseDisclosureReport.ts": 1 });
    expect(callsOf("readDocumentDates")["parseReport.ts"]).toBeUndefined();
  });

  it("the agency reader takes the 落款 it is given, and does not look for one", () => {
    const given = { raw: "2022年2月23日", start: 0, above: "哈尔滨市交通运输局" };
    expect(readAgencyWithIssues("正文\n", null, given).agency.name).toBe("哈尔滨市交通运输局");
    expect(readMetadata("正文\n", given).agency.name).toBe("哈尔滨市交通运输局");
    // Given none, the 落款 in the text is not read; left to itself, the reader finds it.
    const signed = `${"正文。\n".repeat(9)}哈尔滨市交通运输局\n\n2022年2月23日\n`;
    expect(readAgencyWithIssues(signed, null).agency.name).toBe("哈尔滨市交通运输局");
    expect(readAgencyWithIssues(signed, null, null).agency.name).toBeNull();
  });

  for (const [width, text] of [
    ["ASCII", ascii],
    ["full-width", fullWidth],
  ] as const) {
    it(`parseReport reads the agency from the 落款 the dates reader found (${width})`, () => {
      const { signature, dates } = readDatesAndSignature(text);
      expect(signature?.above).toBe("哈尔滨市交通运输局");
      expect(readDocumentDates(text).dates).toEqual(dates);
      const doc = parseReport(text);
      expect(doc.dates).toEqual(dates);
      expect(doc.agency).toEqual(readAgencyWithIssues(text, "某县交通运输局2021年法治政府建设情况报告", signature).agency);
      expect(doc.agency.name).toBe("哈尔滨市交通运输局");
      // Without its own search, the agency reader given the same 落款 agrees with the one that searches.
      expect(readAgencyWithIssues(text, null).agency).toEqual(readAgencyWithIssues(text, null, signature).agency);
    });
  }
});
