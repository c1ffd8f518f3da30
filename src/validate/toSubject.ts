import * as z from "zod";
import type { AdministrativeLevel } from "../model/administrativeLevel.js";
import type { AgencyKind } from "../model/agencyKind.js";
import { Agency } from "../model/agency.js";
import { AnnualReport } from "../model/annualReport.js";
import { isCreditCode } from "../model/creditCode.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { Observation } from "../model/observation.js";
import { ParsedDocument } from "../model/parsedDocument.js";
import { safeParseModel } from "../model/safeParseModel.js";
import { WorkPlan } from "../model/workPlan.js";
import type { Path, Subject } from "./subject.js";

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

/** The figures and observations of a subject made of observations found at `prefix`. */
function observationParts(observations: readonly Observation[], prefix: Path): Pick<Subject, "figures" | "observations"> {
  return {
    figures: observations.map((o, i) => ({
      path: [...prefix, i, "quantity"],
      value: o.quantity.value,
      unit: o.quantity.unit,
      qualifier: o.quantity.qualifier,
      modality: o.modality,
      indicator: o.indicator,
      agency: o.agency,
      period: o.period,
    })),
    observations: observations.map((observation, i) => ({ path: [...prefix, i], observation })),
  };
}

/** The agency as the rules see it. */
function subjectAgency(
  path: Path,
  agency: { readonly kind: AgencyKind | null; readonly level: AdministrativeLevel | null; readonly divisionCode: string | null },
  creditCode: string | null,
): Subject["agency"] {
  return { path, kind: agency.kind, level: agency.level, divisionCode: agency.divisionCode, creditCode };
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
  text: null,
  document: null,
} as const;

/**
 * Reads any value into the view the rules check, or gives the schema issues
 * that stop it: a parsed document, an annual report, a work plan, an array of
 * observations or an agency, told apart by their fields.
 *
 * @internal
 */
export function toSubject(value: unknown, locale: Locale): { subject: Subject } | { issues: readonly Issue[] } {
  const fail = (issues: readonly Issue[]) => ({ issues });
  if (Array.isArray(value)) {
    const parsed = safeParseModel(Observations, value, { locale });
    if (!parsed.success) return fail(parsed.issues);
    return {
      subject: {
        ...empty,
        kind: "observations",
        ...observationParts(parsed.data, []),
      },
    };
  }
  if (!isRecord(value)) {
    return fail([
      {
        code: "schema.unknownValue",
        severity: "error",
        path: [],
        message:
          locale === "zh"
            ? "应为解析后的文件、年度报告、工作计划、观测值数组或机关"
            : "Expected a ParsedDocument, AnnualReport, WorkPlan, Observation[] or Agency",
        params: { received: value === null ? "null" : typeof value },
      },
    ]);
  }
  if ("documentKind" in value && "quantities" in value) {
    const parsed = safeParseModel(ParsedDocument, value, { locale });
    if (!parsed.success) return fail(parsed.issues);
    const doc = parsed.data;
    return {
      subject: {
        kind: "document",
        documentKind: doc.documentKind,
        agency: subjectAgency(["agency"], doc.agency, null),
        reportingYear: doc.reportingYear,
        dates: doc.dates,
        figures: doc.quantities.map((q, i) => ({
          path: ["quantities", i],
          value: q.value,
          unit: q.unit,
          qualifier: q.qualifier,
          modality: q.modality,
          indicator: q.indicator,
          agency: null,
          period: null,
          label: q.subject,
          ...(q.span ? { span: q.span } : {}),
        })),
        observations: [],
        tasks: doc.tasks.map((t, i) => ({
          path: ["tasks", i],
          number: t.number,
          unitCount: t.responsibleUnits.length,
          targets: [],
          ...(t.span ? { span: t.span } : {}),
        })),
        text: doc.text ?? null,
        document: doc,
      },
    };
  }
  const isReport = "sections" in value && "reportingYear" in value;
  const isPlan = "tasks" in value && "year" in value;
  if (isReport || isPlan) {
    const { agency, creditCode } = withoutBadCreditCode(value["agency"]);
    const parsed = isReport
      ? safeParseModel(AnnualReport, { ...value, agency }, { locale })
      : safeParseModel(WorkPlan, { ...value, agency }, { locale });
    if (!parsed.success) return fail(parsed.issues);
    const data = parsed.data;
    const agencyView = subjectAgency(["agency"], data.agency, creditCode);
    const dates = { ...data.dates, signedRaw: null, publishedRaw: null };
    if ("sections" in data) {
      return {
        subject: {
          ...empty,
          kind: "annualReport",
          documentKind: "annual-report",
          agency: agencyView,
          reportingYear: data.reportingYear,
          dates,
          ...observationParts(data.observations, ["observations"]),
        },
      };
    }
    return {
      subject: {
        ...empty,
        kind: "workPlan",
        documentKind: "work-plan",
        agency: agencyView,
        reportingYear: data.year,
        dates,
        tasks: data.tasks.map((t, i) => ({ path: ["tasks", i], number: t.number, unitCount: t.responsibleUnits.length, targets: t.targets })),
      },
    };
  }
  const { agency, creditCode } = withoutBadCreditCode(value);
  const parsed = safeParseModel(Agency, agency, { locale });
  if (!parsed.success) return fail(parsed.issues);
  return {
    subject: {
      ...empty,
      kind: "agency",
      agency: subjectAgency([], parsed.data, creditCode),
    },
  };
}
