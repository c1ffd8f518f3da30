import * as z from "zod";
import type { AdministrativeLevel } from "../model/administrativeLevel.js";
import type { AgencyKind } from "../model/agencyKind.js";
import { Agency } from "../model/agency.js";
import { AnnualReport } from "../model/annualReport.js";
import { isCreditCode } from "../model/creditCodeCheck.js";
import type { Issue } from "../model/issue.js";
import { issueMessages } from "../model/issueMessages.js";
import type { Locale } from "../model/locale.js";
import { Observation } from "../model/observation.js";
import { ParsedDocument } from "../model/parsedDocument.js";
import { safeParseModel } from "../model/safeParseModel.js";
import { WorkPlan } from "../model/workPlan.js";
import { readPartially } from "./readPartially.js";
import type { Path, Subject, SubjectFigure } from "./subject.js";

/** A type with its fields writable, to build a value field by field before it is handed out read-only. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const Observations = /* @__PURE__ */ z.array(Observation);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A credit code that fails its check is reported by its own rule, not as a schema error: set it aside before parsing. */
function withoutBadCreditCode(agency: unknown): { agency: unknown; creditCode: string | null } {
  if (!isRecord(agency) || typeof agency["creditCode"] !== "string") return { agency, creditCode: null };
  const creditCode = agency["creditCode"];
  if (isCreditCode(creditCode)) return { agency, creditCode };
  const { creditCode: _dropped, ...rest } = agency;
  return { agency: rest, creditCode };
}

/** The figures and observations of a subject made of observations found at `prefix` (at the indices `kept`, when some were left out). */
function observationParts(
  observations: readonly Observation[],
  prefix: Path,
  kept?: readonly number[],
): Pick<Subject, "figures" | "observations"> {
  const at = (i: number) => kept?.[i] ?? i;
  return {
    figures: observations.map((o, i) => ({
      path: [...prefix, at(i), "quantity"],
      value: o.quantity.value,
      unit: o.quantity.unit,
      qualifier: o.quantity.qualifier,
      modality: o.modality,
      indicator: o.indicator,
      agency: o.agency,
      period: o.period,
    })),
    observations: observations.map((observation, i) => ({ path: [...prefix, at(i)], observation })),
  };
}

/** The agency as the rules see it. */
function subjectAgency(
  path: Path,
  agency: { readonly kind: AgencyKind | null; readonly level: AdministrativeLevel | null; readonly divisionCode: string | null } | null | undefined,
  creditCode: string | null,
): Subject["agency"] {
  if (agency === null || agency === undefined) return creditCode === null ? null : { path, kind: null, level: null, divisionCode: null, creditCode };
  return { path, kind: agency.kind ?? null, level: agency.level ?? null, divisionCode: agency.divisionCode ?? null, creditCode };
}

/** What a subject has when the value has none of it. */
const empty = {
  documentKind: null,
  agency: null,
  reportingYear: null,
  dates: null,
  figures: [],
  observations: [],
  tasks: [],
  document: null,
  parseIssues: [],
} as const;

/** Where the subject was read from: the kept elements of each list, when some were left out. */
type Kept = Readonly<Record<string, readonly number[]>>;

/** The subject of a parsed document (or of what could be read of one). */
function documentSubject(doc: ParsedDocument, kept: Kept): Subject {
  const quantityAt = (i: number) => kept["quantities"]?.[i] ?? i;
  const taskAt = (i: number) => kept["tasks"]?.[i] ?? i;
  const quantities = doc.quantities ?? [];
  // `partOf` is an index into the document's quantities: the path of the total, when it was kept
  // (every index is kept when no quantity was left out, and then no set is built).
  const keptIndices = kept["quantities"];
  const keptSet = keptIndices === undefined ? null : new Set(keptIndices);
  const wasKept = (index: number) => (keptSet === null ? Number.isInteger(index) && index >= 0 && index < quantities.length : keptSet.has(index));
  const { text: _text, issues: _issues, ...withoutText } = doc;
  // One object per figure, its optional fields set only when present (no spread of a temporary object:
  // a document of 100,000 figures would make 500,000 of them).
  const figures = quantities.map((q, i): SubjectFigure => {
    const figure: Mutable<SubjectFigure> = {
      path: ["quantities", quantityAt(i)],
      value: q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      modality: q.modality,
      indicator: q.indicator,
      agency: null,
      // A figure of another year than the report's (a table's 2022年 column) has that year.
      period: q.year ?? null,
      label: q.subject,
      written: q.number,
    };
    if (q.span) figure.span = q.span;
    if (q.since !== undefined) figure.since = q.since;
    if (q.line !== undefined) figure.line = q.line;
    if (q.following !== undefined) figure.following = q.following;
    if (q.partOf !== undefined && wasKept(q.partOf)) figure.partOf = ["quantities", q.partOf];
    return figure;
  });
  return {
    kind: "document",
    documentKind: doc.documentKind ?? null,
    agency: subjectAgency(["agency"], doc.agency, null),
    reportingYear: doc.reportingYear ?? null,
    dates: doc.dates ?? null,
    figures,
    observations: [],
    tasks: (doc.tasks ?? []).map((t, i) => ({
      path: ["tasks", taskAt(i)],
      number: t.number,
      unitCount: t.responsibleUnits.length,
      targets: t.targets ?? [],
      ...(t.span ? { span: t.span } : {}),
    })),
    document: { ...withoutText, quantities, tasks: doc.tasks ?? [] },
    parseIssues: doc.issues ?? [],
  };
}

/** The subject of an annual report or a work plan (or of what could be read of one). */
function reportSubject(data: AnnualReport | WorkPlan, kept: Kept, creditCode: string | null): Subject {
  const agencyView = subjectAgency(["agency"], data.agency, creditCode);
  const dates = data.dates ? { signed: data.dates.signed ?? null, published: data.dates.published ?? null, signedRaw: null, publishedRaw: null } : null;
  if ("sections" in data) {
    return {
      ...empty,
      kind: "annualReport",
      documentKind: "annual-report",
      agency: agencyView,
      reportingYear: data.reportingYear ?? null,
      dates,
      ...observationParts(data.observations ?? [], ["observations"], kept["observations"]),
    };
  }
  const taskAt = (i: number) => kept["tasks"]?.[i] ?? i;
  return {
    ...empty,
    kind: "workPlan",
    documentKind: "work-plan",
    agency: agencyView,
    reportingYear: data.year ?? null,
    dates,
    tasks: (data.tasks ?? []).map((t, i) => ({ path: ["tasks", taskAt(i)], number: t.number, unitCount: t.responsibleUnits.length, targets: t.targets })),
  };
}

/**
 * What `toSubject` reads: the view the rules check (of the whole value, or of
 * what could be read of it when some fields break their schema), and the
 * schema issues. The subject is `null` only when the value is none of the
 * kinds the rules know.
 *
 * @internal
 */
export interface SubjectRead {
  readonly subject: Subject | null;
  readonly issues: readonly Issue[];
}

/**
 * Reads any value into the view the rules check, with the schema issues of
 * the fields that broke: a parsed document, an annual report, a work plan, an
 * array of observations or an agency, told apart by their fields. A field
 * that breaks its schema is left out (a list keeps its valid elements), so
 * every check that does not depend on it still runs.
 *
 * @internal
 */
export function toSubject(value: unknown, locale: Locale): SubjectRead {
  if (Array.isArray(value)) {
    const parsed = safeParseModel(Observations, value, { locale });
    if (parsed.success) return { subject: { ...empty, kind: "observations", ...observationParts(parsed.data, []) }, issues: [] };
    const kept: number[] = [];
    const valid: Observation[] = [];
    value.forEach((item: unknown, i) => {
      const read = safeParseModel(Observation, item, { locale });
      if (read.success) {
        valid.push(read.data);
        kept.push(i);
      }
    });
    return { subject: { ...empty, kind: "observations", ...observationParts(valid, [], kept) }, issues: parsed.issues };
  }
  if (!isRecord(value)) {
    return {
      subject: null,
      issues: [
        {
          code: "schema.unknownValue",
          severity: "error",
          path: [],
          message: issueMessages["schema.unknownValue"][locale],
          params: { received: value === null ? "null" : typeof value },
        },
      ],
    };
  }
  if ("documentKind" in value && "quantities" in value) {
    const parsed = safeParseModel(ParsedDocument, value, { locale });
    if (parsed.success) return { subject: documentSubject(parsed.data, {}), issues: [] };
    const partial = readPartially(ParsedDocument, value);
    return { subject: documentSubject(partial.data as ParsedDocument, partial.kept), issues: parsed.issues };
  }
  const isReport = "sections" in value && "reportingYear" in value;
  const isPlan = "tasks" in value && "year" in value;
  if (isReport || isPlan) {
    const { agency, creditCode } = withoutBadCreditCode(value["agency"]);
    const schema = isReport ? AnnualReport : WorkPlan;
    const read = { ...value, agency };
    const parsed = safeParseModel(schema, read, { locale });
    if (parsed.success) return { subject: reportSubject(parsed.data, {}, creditCode), issues: [] };
    const partial = readPartially(schema, read);
    return { subject: reportSubject(partial.data as AnnualReport | WorkPlan, partial.kept, creditCode), issues: parsed.issues };
  }
  const { agency, creditCode } = withoutBadCreditCode(value);
  const parsed = safeParseModel(Agency, agency, { locale });
  if (parsed.success) return { subject: { ...empty, kind: "agency", agency: subjectAgency([], parsed.data, creditCode) }, issues: [] };
  const partial = isRecord(agency) ? (readPartially(Agency, agency).data as Agency) : null;
  return { subject: { ...empty, kind: "agency", agency: subjectAgency([], partial, creditCode) }, issues: parsed.issues };
}
