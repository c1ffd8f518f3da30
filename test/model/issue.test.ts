import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Issue, IssueParam, Severity } from "../../src/model/issue.js";
import { issueMessages } from "../../src/model/issueMessages.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

const malformed = {
  code: "date.malformed",
  severity: "warning",
  path: ["dates", "signed"],
  message: "日期“2022225”书写不规范，按2022-02-25理解",
  params: { raw: "2022225", reading: "2022-02-25" },
} as const;

const refusedAt = (input: unknown): string[] => (Issue.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));

describe("Severity", () => {
  it("is error, warning or info, and nothing else", () => {
    expect(Severity.options).toEqual(["error", "warning", "info"]);
    for (const input of ["fatal", "Error", "warn", "", null]) expect(Severity.safeParse(input).success, String(input)).toBe(false);
  });
});

describe("IssueParam", () => {
  it("is a JSON primitive", () => {
    for (const value of ["2021-04-01", "", 85.98, -1, 0, true, false, null]) expect(IssueParam.parse(value)).toBe(value);
  });

  it("refuses what JSON cannot write as a primitive: undefined, NaN, infinities, bigints, objects and arrays", () => {
    for (const value of [undefined, Number.NaN, Number.POSITIVE_INFINITY, 1n, {}, ["a"], new Date(0)]) {
      expect(IssueParam.safeParse(value).success, String(value)).toBe(false);
    }
  });
});

describe("Issue", () => {
  it("accepts an issue without a span, and with one", () => {
    expect(Issue.parse(malformed)).toEqual(malformed);
    expect(Issue.parse({ ...malformed, span: { start: 10, end: 17 } })).toEqual({ ...malformed, span: { start: 10, end: 17 } });
  });

  it("takes dotted codes of two or more parts, the first lowercase", () => {
    for (const code of ["date.reportLate", "schema.decimal.invalid", "disclosure.requests.balance", "schema.invalid_type", "a1.B2"]) {
      expect(Issue.safeParse({ ...malformed, code }).success, code).toBe(true);
    }
    for (const code of ["date", "Date.malformed", "date.", ".malformed", "date..malformed", "1date.x", "date.1x", "date-x.y", "date．malformed", " date.malformed", ""]) {
      expect(refusedAt({ ...malformed, code }), code).toEqual(["code"]);
    }
  });

  it("accepts every code of the message table", () => {
    for (const code of Object.keys(issueMessages)) expect(Issue.safeParse({ ...malformed, code }).success, code).toBe(true);
  });

  it("takes a path of keys and whole-number indexes", () => {
    expect(Issue.parse({ ...malformed, path: ["quantities", 3, "value"] }).path).toEqual(["quantities", 3, "value"]);
    expect(Issue.parse({ ...malformed, path: [] }).path).toEqual([]);
    expect(refusedAt({ ...malformed, path: ["quantities", 1.5] })).toEqual(["path.1"]);
    expect(refusedAt({ ...malformed, path: "dates.signed" })).toEqual(["path"]);
  });

  it("refuses a param that is no JSON primitive, at the param's path", () => {
    expect(refusedAt({ ...malformed, params: { raw: "2022225", readings: ["2022-02-25"] } })).toEqual(["params.readings"]);
    expect(refusedAt({ ...malformed, params: { value: undefined } })).toEqual(["params.value"]);
  });

  it("requires code, severity, path, message and params; the span is optional but never undefined or reversed", () => {
    expect(refusedAt({})).toEqual(["code", "severity", "path", "message", "params"]);
    expect(refusedAt({ ...malformed, span: undefined })).toEqual(["span"]);
    expect(refusedAt({ ...malformed, span: { start: 17, end: 10 } })).toEqual(["span.end"]);
    expect(refusedAt({ ...malformed, severity: "fatal" })).toEqual(["severity"]);
  });

  it("round-trips through JSON (property)", () => {
    fc.assert(fc.property(arb.issue, (value) => expectJsonRoundTrip(Issue, value)), { numRuns: 150 });
  });
});
