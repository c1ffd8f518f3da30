import type { AdministrativeLevel } from "../model/administrativeLevel.js";
import type { AgencyKind } from "../model/agencyKind.js";
import type { Decimal } from "../model/decimal.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Issue } from "../model/issue.js";
import type { Modality } from "../model/modality.js";
import type { Observation } from "../model/observation.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import type { Period } from "../model/period.js";
import type { Qualifier } from "../model/qualifier.js";
import type { Span } from "../model/span.js";
import type { Target } from "../model/target.js";

/**
 * A path into the validated value: keys and array indices.
 *
 * @example
 * ```ts
 * const path: Path = ["quantities", 3, "value"];
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * A figure as the rules see it, wherever it came from (a document's quantity,
 * an observation), with its path in the validated value.
 *
 * @example
 * ```ts
 * const figure: SubjectFigure = { path: ["quantities", 0], value: new Decimal(5), unit: "件", qualifier: "exact", modality: "actual", indicator: null, agency: null, period: null };
 * ```
 */
export interface SubjectFigure {
  /** Where the figure is in the validated value. */
  readonly path: Path;
  /** Its value. */
  readonly value: Decimal;
  /** Its unit. */
  readonly unit: string;
  /** Its qualifier. */
  readonly qualifier: Qualifier;
  /** Actual or target. */
  readonly modality: Modality;
  /** Its indicator, or `null`. */
  readonly indicator: IndicatorCode | null;
  /** The agency id, for observations. */
  readonly agency: string | null;
  /** The period, for observations; for a document's figure, the year the text names for it when that is not the report's (its `year`), else null. */
  readonly period: Period | null;
  /** The span of its number in the document's text, for a document's quantities. */
  readonly span?: Span;
  /** What it measures, in the document's words (a parsed quantity's `subject`). */
  readonly label?: string;
  /** The number as written (a parsed quantity's `number`). */
  readonly written?: string;
  /** The year a cumulative figure counts from, as the parser read it. */
  readonly since?: number;
  /** The line of the text its number stands on. */
  readonly line?: number;
  /** The words after its number up to the clause's end. */
  readonly following?: string;
  /** The path of the total whose breakdown (其中 …) it is a part of. */
  readonly partOf?: Path;
}

/**
 * A task as the rules see it.
 *
 * @example
 * ```ts
 * const task: SubjectTask = { path: ["tasks", 0], number: "1", unitCount: 0, targets: [] };
 * ```
 */
export interface SubjectTask {
  /** Where the task is in the validated value. */
  readonly path: Path;
  /** Its label. */
  readonly number: string;
  /** How many responsible units it names. */
  readonly unitCount: number;
  /** Its targets (for a parsed document, those the parser stored on the task). */
  readonly targets: readonly Target[];
  /** Its span in the document's text. */
  readonly span?: Span;
}

/**
 * What every rule looks at: one view of whatever value was validated (a
 * parsed document, an annual report, a work plan, observations or an agency),
 * with `null` or empty lists for what that value does not have.
 *
 * @example
 * ```ts
 * function hasTasks(subject: Subject): boolean {
 *   return subject.tasks.length > 0;
 * }
 * ```
 */
export interface Subject {
  /** Which kind of value was validated. */
  readonly kind: "document" | "annualReport" | "workPlan" | "observations" | "agency";
  /** Annual report or work plan, where known. */
  readonly documentKind: DocumentKind | null;
  /** The agency, with the path to it, where there is one. */
  readonly agency: {
    readonly path: Path;
    readonly kind: AgencyKind | null;
    readonly level: AdministrativeLevel | null;
    readonly divisionCode: string | null;
    readonly creditCode: string | null;
  } | null;
  /** The year reported on or planned for. */
  readonly reportingYear: number | null;
  /** The document's dates. */
  readonly dates: {
    readonly signed: string | null;
    readonly signedRaw: string | null;
    readonly published: string | null;
    readonly publishedRaw: string | null;
    /** Where the signing date's raw text stands in the document's text. */
    readonly signedSpan?: Span;
    /** Where the publication date's raw text stands. */
    readonly publishedSpan?: Span;
    /** Set by the parser when it found no 落款 in a text that stops mid-sentence (see `ParsedDates`). */
    readonly cutShort?: boolean;
  } | null;
  /** Every figure. */
  readonly figures: readonly SubjectFigure[];
  /** The observations, for rules on observations (cumulative periods, ratio components). */
  readonly observations: readonly { readonly path: Path; readonly observation: Observation }[];
  /** Every task. */
  readonly tasks: readonly SubjectTask[];
  /** The parsed document itself, without its text (what the parser read around figures, dates and tasks is on its fields). */
  readonly document: ParsedDocument | null;
  /** What the parser found wrong in the text (a malformed date, an unreadable number …): `validate` gives these again, in the locale asked for. */
  readonly parseIssues: readonly Issue[];
}
