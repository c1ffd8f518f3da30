import * as z from "zod";
import { Span } from "./span.js";

/**
 * Schema of how serious an issue is: `error` (a fact is wrong or unreadable),
 * `warning` (probably wrong, worth a look), `info` (worth knowing).
 *
 * @example
 * ```ts
 * Severity.parse("warning"); //=> "warning"
 * ```
 */
export const Severity = /* @__PURE__ */ z.enum(["error", "warning", "info"]);

/**
 * How serious an issue is.
 *
 * @example
 * ```ts
 * const severity: Severity = "error";
 * ```
 */
export type Severity = z.infer<typeof Severity>;

/**
 * Schema of a parameter value of an issue: a JSON primitive.
 *
 * @example
 * ```ts
 * IssueParam.parse(85.98); //=> 85.98
 * ```
 */
export const IssueParam = /* @__PURE__ */ z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A parameter value of an issue.
 *
 * @example
 * ```ts
 * const param: IssueParam = "2021-04-01";
 * ```
 */
export type IssueParam = z.infer<typeof IssueParam>;

/**
 * Schema of a structured issue, as parsers and validators report them: a
 * stable dotted `code` (`date.reportLate`), a `severity`, the `path` to the
 * value concerned, a readable `message` (Chinese or English), the `params`
 * the message was built from, and the `span` in the source text where known.
 *
 * @example
 * ```ts
 * Issue.parse({
 *   code: "date.malformed",
 *   severity: "warning",
 *   path: ["dates", "signed"],
 *   message: "日期“2022225”格式不规范，按2022-02-25理解",
 *   params: { raw: "2022225", reading: "2022-02-25" },
 * });
 * ```
 */
export const Issue = /* @__PURE__ */ z.object({
  code: z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/),
  severity: Severity,
  path: z.array(z.union([z.string(), z.int()])),
  message: z.string(),
  params: z.record(z.string(), IssueParam),
  span: Span.exactOptional(),
});

/**
 * A structured issue.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "quantity.rateOutOfRange",
 *   severity: "error",
 *   path: ["quantities", 3, "value"],
 *   message: "Rate 120% is above 100%",
 *   params: { value: "120" },
 * };
 * ```
 */
export interface Issue extends z.infer<typeof Issue> {}
