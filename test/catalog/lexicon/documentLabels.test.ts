import { describe, expect, it } from "vitest";
import { publicationDateLabels, sourceLabels } from "../../../src/catalog/lexicon/documentLabels.js";
import { readAgency } from "../../../src/parse/agency.js";
import { readDocumentDates } from "../../../src/parse/documentDates.js";
import { expectCleanWords, expectFolded, expectLongerFirst, expectNoRegExpSyntax } from "../../helpers/lexicon.js";

describe("documentLabels lexicon", () => {
  it("has clean, folded labels without pattern syntax (they are joined into a pattern)", () => {
    for (const [name, words] of Object.entries({ publicationDateLabels, sourceLabels })) {
      expectCleanWords(words, name);
      expectFolded(words, name);
      expectNoRegExpSyntax(words, name);
    }
  });

  it("lists labels longest first where one ends another (发布时间 before 时间, 信息来源 before 来源)", () => {
    expectLongerFirst(publicationDateLabels, (longer, shorter) => longer.endsWith(shorter), "publicationDateLabels");
    expectLongerFirst(sourceLabels, (longer, shorter) => longer.endsWith(shorter), "sourceLabels");
  });

  it("keeps date labels and source labels apart", () => {
    expect(publicationDateLabels.filter((label) => sourceLabels.includes(label))).toEqual([]);
  });

  it("has every date label read as the publication date, with an ASCII or a full-width colon", () => {
    const title = "某县2021年法治政府建设情况报告";
    for (const label of publicationDateLabels) {
      expect(readDocumentDates(`${title}\n${label}:2022-08-17\n正文。`).dates.published, label).toBe("2022-08-17");
      expect(readDocumentDates(`${title}\n${label}：２０２２－０８－１７\n正文。`).dates.published, label).toBe("2022-08-17");
    }
    // A date after another label is no publication date.
    expect(readDocumentDates(`${title}\n编号:2022-08-17\n正文。`).dates.published).toBeNull();
  });

  it("has every source label name the body a page is from", () => {
    for (const label of sourceLabels) {
      expect(readAgency(`${label}:哈尔滨市交通运输局\n2021年法治政府建设情况报告\n正文。`, null).name, label).toBe("哈尔滨市交通运输局");
    }
    expect(readAgency("作者:哈尔滨市交通运输局\n2021年法治政府建设情况报告\n正文。", null).name).toBeNull();
  });
});
