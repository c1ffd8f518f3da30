import { describe, expect, it } from "vitest";
import {
  breakdownWords,
  changeToWords,
  changeVerbs,
  comparisonBaseWords,
  comparisonWords,
  frameVerbs,
  governmentPrefixes,
  governmentWords,
  jointPartners,
  jointWords,
  lastYearWords,
  listSeparators,
  objectMarkers,
  onBehalfWords,
  rateLinkWords,
  respectiveWords,
  sessionLabelAfter,
  sessionLabelBefore,
  sharedFigureWords,
  yearSubjectEndings,
  yearSubjectScopes,
} from "../../../src/catalog/lexicon/figureContext.js";
import { figureYear } from "../../../src/parse/figureYear.js";
import { frameVerbAt, isChange, isOthersFigure, isSessionLabel } from "../../../src/parse/figureGuards.js";
import { extractQuantities } from "../../../src/parse/quantities.js";
import { rateByNoun, rateOfRespectiveList } from "../../../src/parse/rateNouns.js";
import { readFigureContext } from "../../../src/parse/figureContext.js";
import { expectCleanWords, expectFolded, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

const lists = {
  changeToWords,
  lastYearWords,
  onBehalfWords,
  governmentWords,
  governmentPrefixes,
  jointWords,
  jointPartners,
  sessionLabelBefore,
  sessionLabelAfter,
  sharedFigureWords,
  rateLinkWords,
  breakdownWords,
  changeVerbs,
  comparisonWords,
  comparisonBaseWords,
  respectiveWords,
  listSeparators,
  objectMarkers,
  frameVerbs,
  yearSubjectEndings,
  yearSubjectScopes,
};

describe("figureContext lexicon", () => {
  it("has clean lists in folded form (the readers match on foldText output)", () => {
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("has one-character session markers (compared with the one character before a figure)", () => {
    expectSingleCharacters(sessionLabelBefore, "sessionLabelBefore");
  });

  it("has no pattern syntax in the breakdown words (joined into a pattern unescaped)", () => {
    expectNoRegExpSyntax(breakdownWords, "breakdownWords");
  });

  it("makes a figure somebody else's after each on-behalf word, with each government prefix", () => {
    for (const word of onBehalfWords) {
      for (const prefix of governmentPrefixes) {
        for (const government of governmentWords) expect(isOthersFigure(`${word}${prefix}${government}参与行政诉讼`), `${word}${prefix}${government}`).toBe(true);
      }
    }
    expect(isOthersFigure("参与行政诉讼")).toBe(false);
  });

  it("makes a figure a joint one with each partner after each joint word", () => {
    for (const word of jointWords) {
      for (const partner of jointPartners) expect(isOthersFigure(`${word}${partner}开展执法`), `${word}${partner}`).toBe(true);
    }
    expect(isOthersFigure("联合开展执法")).toBe(false);
  });

  it("makes a figure a difference only with both a change verb and a comparison word", () => {
    for (const verb of changeVerbs) {
      expect(isChange(`同比${verb}`), verb).toBe(true);
      expect(isChange(verb), verb).toBe(false);
    }
    for (const word of comparisonWords) expect(isChange(`${word}增加`), word).toBe(true);
  });

  it("reads each session word after a figure as a session label", () => {
    for (const word of sessionLabelAfter) expect(isSessionLabel(`三次${word}`, 0, 2), word).toBe(true);
    for (const mark of sessionLabelBefore) expect(isSessionLabel(`十${mark}十次全会`, 2, 4), mark).toBe(true);
    expect(isSessionLabel("召开三次会议", 2, 4)).toBe(false);
  });

  it("finds the verb after a figure introduced by an object marker", () => {
    for (const marker of objectMarkers) {
      for (const verb of frameVerbs) {
        const text = `${marker}3起重大行政处罚案件${verb}集体讨论`;
        expect(frameVerbAt(text, 0, marker.length, marker.length + 2), verb).toBe(text.indexOf(verb));
      }
    }
    expect(frameVerbAt("共3起重大行政处罚案件进行集体讨论", 0, 1, 3)).toBe(0);
  });

  it("pairs rates and figures in order across each list separator, after each respective word", () => {
    for (const separator of listSeparators) {
      for (const word of respectiveWords) {
        const text = `行政复议纠错率${separator}行政诉讼败诉率${word}为5%、3%`;
        expect([rateOfRespectiveList(text, text.indexOf("5%")), rateOfRespectiveList(text, text.indexOf("3%"))], separator).toEqual([
          "reconsideration.correctionRate",
          "litigation.lossRate",
        ]);
      }
    }
  });

  it("skips each linking word between a rate and its figure", () => {
    // 行政机关出庭率 is no signal of its own: the rate is read by the noun before the figure.
    for (const word of rateLinkWords) {
      const text = `行政机关出庭率${word}100%`;
      expect(rateByNoun(text, text.indexOf("100%")), word).toBe("litigation.headAppearanceRate");
    }
    expect(rateByNoun("行政机关出庭率很好100%", 11)).toBeNull();
  });

  it("makes the figures after a breakdown word parts of the total before", () => {
    for (const word of breakdownWords) {
      const text = `全年办理行政处罚案件152件,${word}简易程序案件40件。`;
      const parts = readFigureContext(text, extractQuantities(text).quantities);
      expect(parts.map((q) => q.partOf ?? null), word).toEqual([null, 0]);
    }
  });

  it("reads the year after each subject ending and each scope as the clause's", () => {
    for (const subject of [...yearSubjectEndings.map((word) => `县${word}`), ...yearSubjectScopes]) {
      const text = `${subject}2022年共收到行政复议申请18件。`;
      expect(figureYear(text, text.indexOf("18件"), 2023), subject).toBe(2022);
    }
  });

  it("makes the level of a named period after each comparison base word measure what the figure before it does", () => {
    for (const word of comparisonBaseWords) {
      const text = `受理政府信息公开申请15件,${word}2022年的9件增长66.7%。`;
      const [, level] = extractQuantities(text, { reportingYear: 2023 }).quantities;
      expect([level?.indicator, level?.year], word).toEqual(["disclosure.applicationsReceived", 2022]);
    }
  });
});
