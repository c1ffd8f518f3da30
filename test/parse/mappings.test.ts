// observationsOf, agencyOf and taskItemsOf are pure functions of the parsed document: they never read its text.
import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../../src/model/parsedDocument.js";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { taskItemsOf } from "../../src/parse/taskItems.js";
import { corpusNames, corpusText } from "../helpers/corpus.js";

/** The document with a `text` that throws when read. */
function sealed(doc: ParsedDocument): ParsedDocument {
  const { text: _text, ...rest } = doc;
  return Object.defineProperty({ ...rest }, "text", {
    enumerable: true,
    get() {
      throw new Error("the text was read");
    },
  }) as ParsedDocument;
}

describe("the mappings from a parsed document to the model", () => {
  for (const name of corpusNames()) {
    it(`never read the text (${name})`, () => {
      const doc = parseReport(corpusText(name), { document: name });
      expect(observationsOf(sealed(doc), "a")).toEqual(observationsOf(doc, "a"));
      expect(agencyOf(sealed(doc), "a")).toEqual(agencyOf(doc, "a"));
      expect(taskItemsOf(sealed(doc))).toEqual(taskItemsOf(doc));
    });
  }

  it("read a cumulative period from the quantity's since", () => {
    const doc = parseReport("某县2021年法治政府建设情况报告\n2020年来,累计办理行政复议案件52件。");
    expect(doc.quantities[0]?.since).toBe(2020);
    expect(observationsOf(sealed(doc), "a")[0]?.period).toEqual({ from: "2020-01-01", to: "2021-12-31" });
  });

  it("give a document made without units and targets (a gold file) its named units and the targets inside each task", () => {
    const plan = parseReport("一、执法\n1.规范执法。行政机关出庭率达到100%。(牵头单位:法规科)\n", { documentKind: "work-plan" });
    const bare: ParsedDocument = { ...plan, tasks: plan.tasks.map(({ units: _units, targets: _targets, ...task }) => task) };
    const [task] = taskItemsOf(sealed(bare));
    expect(task?.responsibleUnits).toEqual([{ name: "法规科", role: "responsible" }]);
    expect(task?.targets).toEqual(taskItemsOf(plan)[0]?.targets);
    expect(taskItemsOf(plan)[0]?.responsibleUnits).toEqual([{ name: "法规科", role: "lead" }]);
  });
});
