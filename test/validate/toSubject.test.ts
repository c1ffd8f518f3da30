import { describe, expect, it } from "vitest";
import { toSubject } from "../../src/validate/toSubject.js";
import { agency, doc, figure, observation } from "./rules/documents.js";

describe("toSubject", () => {
  it("tells the kinds of value apart by their fields", () => {
    expect(toSubject(doc({}), "en").subject?.kind).toBe("document");
    expect(toSubject([observation("enforcement.penaltyCases", "5", "件")], "en").subject?.kind).toBe("observations");
    expect(toSubject(agency, "en").subject?.kind).toBe("agency");
    expect(toSubject(42, "en")).toMatchObject({ subject: null, issues: [{ code: "schema.unknownValue", params: { received: "number" } }] });
    expect(toSubject(null, "zh").issues[0]?.params).toEqual({ received: "null" });
  });

  it("gives a document's figures with what the parser read around them, paths into the document, a total's path for a part", () => {
    const quantities = [figure("100", "辆", 0, { line: 2 }), figure("60", "辆", 10, { partOf: 0, since: 2020, following: "" })];
    const subject = toSubject(doc({ quantities }), "en").subject;
    expect(subject?.figures.map((f) => [f.path, f.line ?? null, f.partOf ?? null, f.since ?? null])).toEqual([
      [["quantities", 0], 2, null, null],
      [["quantities", 1], null, ["quantities", 0], 2020],
    ]);
    expect(subject?.document?.quantities).toHaveLength(2);
  });

  it("keeps the valid elements of a broken list with their original indices, and the schema's issues", () => {
    const read = toSubject([observation("enforcement.penaltyCases", "5", "件"), { agency: "a" }, observation("enforcement.penaltyCases", "6", "件")], "en");
    expect(read.subject?.figures.map((f) => f.path)).toEqual([[0, "quantity"], [2, "quantity"]]);
    expect(read.issues.length).toBeGreaterThan(0);
    expect(read.issues.every((i) => i.code.startsWith("schema."))).toBe(true);
  });

  it("reads a document field by field when one field breaks: the others are still checked", () => {
    const broken = { ...doc({ quantities: [figure("5", "件", 0)] }), reportingYear: "二〇二一" };
    const read = toSubject(broken, "en");
    expect(read.subject?.kind).toBe("document");
    expect(read.subject?.reportingYear).toBeNull();
    expect(read.subject?.figures).toHaveLength(1);
    expect(read.issues.map((i) => i.path[0])).toContain("reportingYear");
  });
});
