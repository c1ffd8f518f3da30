import type { IssueParam } from "./issue.js";
import type { Locale } from "./locale.js";
import { renderMessage } from "./renderMessage.js";
import { agencyAmbiguousDivisionMessage, dateMalformedMessage, encodingDeclaredMismatchMessage, encodingGuessedMessage, encodingLossyMessage, encodingUnknownLabelMessage, fileNotTextMessage, fileUnreadableMessage, metadataOtherTitleMessage, metadataYearMalformedMessage, numberAmbiguousGroupingMessage, numberUnreadableMessage } from "./parseMessages.js";

/**
 * The message of an issue in each language: templates whose `{name}` is
 * filled from the issue's params.
 *
 * @example
 * ```ts
 * const templates: MessageTemplates = { zh: "第{number}项任务未写明责任单位", en: "Task {number} names no responsible unit" };
 * ```
 */
export interface MessageTemplates {
  /** The Chinese template. */
  readonly zh: string;
  /** The English template. */
  readonly en: string;
}

/**
 * Every issue code fazhi raises, with its message in Chinese and English: the
 * one place a message is written, whichever stage finds the issue (the
 * parser's findings about the text, the schema checks, the validation runner
 * and its rules). Messages are rendered from it with the issue's params, so an
 * issue found while parsing is given again in either language.
 *
 * @example
 * ```ts
 * issueMessages["date.malformed"].zh; //=> "日期“{raw}”书写不规范，{readingZh}"
 * ```
 */
export const issueMessages = {
  // Found while parsing: the text itself (parse/).
  "date.malformed": dateMalformedMessage,
  "number.unreadable": numberUnreadableMessage,
  "number.ambiguousGrouping": numberAmbiguousGroupingMessage,
  "metadata.yearMalformed": metadataYearMalformedMessage,
  "metadata.otherTitle": metadataOtherTitleMessage,
  "agency.ambiguousDivision": agencyAmbiguousDivisionMessage,
  "encoding.lossy": encodingLossyMessage,
  "encoding.unknownLabel": encodingUnknownLabelMessage,
  "encoding.guessed": encodingGuessedMessage,
  "encoding.declaredMismatch": encodingDeclaredMismatchMessage,
  // Found while reading a file (node/).
  "file.unreadable": fileUnreadableMessage,
  "file.notText": fileNotTextMessage,
  "disclosure.cellsUnreadable": {
    zh: "表格{table}“{row}”一行读到{found}个数值，应为{expected}个，无法确定各列，按空白处理",
    en: "Table {table}, row “{row}”: {found} values where the template has {expected}; the columns cannot be told apart, read as blank",
  },
  "disclosure.valueUnreadable": {
    zh: "表格{table}“{row}”一行的单元格{cell}写作“{raw}”，{reasonZh}，无法读作数字：该格按空白处理，本行其他单元格照常读取",
    en: "Table {table}, row “{row}”: the cell {cell} is written “{raw}”, {reason}, and cannot be read as a number; that cell is read as blank, the row's other cells are kept",
  },
  "disclosure.rowMissing": {
    zh: "表格{table}缺少“{row}”一行，按空白处理",
    en: "Table {table} has no row “{row}”; read as blank",
  },
  "disclosure.rowRepeated": {
    zh: "表格{table}“{row}”一行出现多次，采用第一次",
    en: "Table {table}, row “{row}” appears more than once; the first is kept",
  },
  "disclosure.rowUnknown": {
    zh: "表格{table}中的一行“{label}”不是模板中的行，已忽略",
    en: "Table {table}: the row “{label}” is not a row of the template; ignored",
  },
  "disclosure.reportsJoined": {
    zh: "文本中本报告之后还有另一份报告（“{title}”）：只读取第一份报告，其后的文字不计入本报告",
    en: "The text holds another report after this one (“{title}”): only the first report is read, the text after it is left out",
  },
  "disclosure.tableMissing": {
    zh: "未找到表格{table}，各单元格按空白处理",
    en: "Table {table} was not found; its cells are read as blank",
  },
  "disclosure.templateUndetermined": {
    zh: "表格表头未表明模板版本，按报告年度{year}判断为{template}年格式",
    en: "The table headers do not tell the template; taken as the {template} template from the reporting year {year}",
  },
  // Found while writing an export (render/).
  "export.valueOutOfRange": {
    zh: "数值{value}超出 DECIMAL(38,6) 的范围（至多32位整数、6位小数）：{column}列留空，不作舍入，原值见value_text列",
    en: "The value {value} does not fit DECIMAL(38,6) (at most 32 integer digits and 6 decimals): column {column} is left empty, never rounded; value_text keeps it",
  },
  // The schema checks of the model's own refinements (model/; zod's generic checks give their messages themselves).
  "schema.decimal.invalid": {
    zh: "应为精确的十进制数：Decimal、十进制数字字符串或安全整数",
    en: "Expected an exact decimal: a Decimal, a decimal string or a safe integer",
  },
  "schema.decimal.outOfRange": {
    zh: "十进制数超出范围：最多60位有效数字，且在10的-30次方至10的60次方之间",
    en: "Expected a decimal with at most 60 significant digits between 1e-30 and 1e60",
  },
  "schema.date.invalid": {
    zh: "应为真实存在的日期，格式为 YYYY-MM-DD",
    en: "Expected a calendar date written YYYY-MM-DD",
  },
  "schema.period.reversed": { zh: "起始日期不能晚于截止日期", en: "`from` must not be after `to`" },
  "schema.span.reversed": { zh: "文本区间的起点不能在终点之后", en: "`start` must not be after `end`" },
  "schema.estimate.lowerAboveValue": { zh: "下限不能高于数值", en: "`lower` must not be above `value`" },
  "schema.estimate.upperBelowValue": { zh: "上限不能低于数值", en: "`upper` must not be below `value`" },
  "schema.divisionCode.invalid": {
    zh: "应为6位GB/T 2260行政区划代码",
    en: "Expected a six-digit GB/T 2260 division code",
  },
  "schema.creditCode.invalid": {
    zh: "应为18位统一社会信用代码，且校验码正确",
    en: "Expected an 18-character unified social credit code with a matching check character",
  },
  "schema.target.negativeTolerance": { zh: "容差不能为负数", en: "A tolerance must not be negative" },
  "schema.unreadable": {
    zh: "无法读取该值（读取属性时出错）",
    en: "The value could not be read (reading a property failed)",
  },
  // The validation runner (validate/).
  "schema.unknownValue": {
    zh: "应为解析后的文件、年度报告、工作计划、观测值数组或机关",
    en: "Expected a ParsedDocument, AnnualReport, WorkPlan, Observation[] or Agency",
  },
  "validate.ruleFailed": { zh: "规则{rule}执行失败", en: "The rule {rule} failed" },
  // The rules (validate/rules/), each its own code.
  "date.signedBeforePeriodEnd": {
    zh: "报告落款日期{signed}早于所报告年度{year}年结束",
    en: "The report is signed on {signed}, before the year it reports on ({year}) is over",
  },
  "date.publishedBeforeSigned": {
    zh: "发布日期{published}早于落款日期{signed}",
    en: "Published on {published}, before it was signed on {signed}",
  },
  "date.reportLate": {
    zh: "{whatZh}日期{date}晚于规定期限{deadline}",
    en: "{whatEn} on {date}, after the deadline of {deadline}",
  },
  "date.publishedLongAfterSigned": {
    zh: "落款日期{signed}后{days}天才发布（{published}），超过{limit}天",
    en: "Published on {published}, {days} days after it was signed on {signed} (more than {limit})",
  },
  "quantity.rateOutOfRange": {
    zh: "比率{value}%超出0—100%的范围",
    en: "The rate {value}% is outside 0–100%",
  },
  "quantity.unitMismatch": {
    zh: "单位“{unit}”与指标{indicator}的单位“{expected}”不符",
    en: "The unit {unit} does not fit indicator {indicator}, measured in {expected}",
  },
  "quantity.negativeCount": {
    zh: "计数{value}{unit}为负数",
    en: "The count {value} {unit} is negative",
  },
  "quantity.nonIntegerCount": {
    zh: "计数{value}{unit}不是整数",
    en: "The count {value} {unit} is not a whole number",
  },
  "consistency.rateVsParts": {
    zh: "所述比率{rate}%与其分子分母不符：{numerator}/{denominator}{unit}应为{computed}%",
    en: "The stated rate {rate}% disagrees with its parts: {numerator}/{denominator} {unit} is {computed}%",
  },
  "consistency.partsSumMismatch": {
    zh: "分项之和{sum}{unit}超过总数{total}{unit}",
    en: "The parts add up to {sum} {unit}, more than the stated total of {total} {unit}",
  },
  "consistency.duplicateFact": {
    zh: "{value}{unit}似与前文“{first}”为同一事实，汇总时勿重复计算",
    en: "{value} {unit} looks like the same fact as the earlier {first}; do not count it twice",
  },
  "consistency.conflictingFact": {
    zh: "“{label}”此处为{value}{unit}，前文（第{firstLine}行）为{first}{unit}，前后不一致；汇总时两数都计入",
    en: "{label} is {value} {unit} here but {first} {unit} earlier (line {firstLine}); totals add both",
  },
  "agency.divisionCodeInvalid": {
    zh: "行政区划代码{code}不存在",
    en: "No administrative division has the code {code}",
  },
  "agency.levelMismatch": {
    zh: "机关层级为{level}，但区划代码{code}属于{codeLevel}级",
    en: "The agency is at {level} level but its division code {code} is a {codeLevel}",
  },
  "agency.creditCodeInvalid": {
    zh: "统一社会信用代码{creditCode}格式或校验码不正确",
    en: "The unified social credit code {creditCode} has a wrong form or check character",
  },
  "agency.creditCodeRegionMismatch": {
    zh: "统一社会信用代码中的登记区划{registered}与机关区划{code}不一致",
    en: "The credit code was registered in division {registered}, not in the agency's division {code}",
  },
  "metadata.missingSignature": {
    zh: "年度报告末尾未找到落款（署名机关和成文日期）",
    en: "No 落款 (the signing agency and date) was found at the end of the annual report",
  },
  "document.nothingRead": {
    zh: "未读出标题、机关、年度、数据或任务：文本为空，或不是法治政府建设年度报告或工作计划",
    en: "Nothing was read (no title, agency, year, figure or task): the text is empty, or not a report or plan on rule-of-law government",
  },
  "task.noResponsibleUnit": {
    zh: "第{number}项任务未明确责任单位",
    en: "Task {number} names no responsible unit",
  },
  "task.targetNotMet": {
    zh: "第{number}项任务目标{indicator} {comparator} {target}未实现，实际为{actual}",
    en: "Task {number}: target {indicator} {comparator} {target} not met; the actual is {actual}",
  },
  "observation.cumulativePeriod": {
    zh: "该数据统计期间为{from}至{to}，超出报告年度{year}年",
    en: "This figure covers {from} to {to}, more than the reporting year {year}",
  },
  "disclosure.requests.balance": {
    zh: "表三“{columnZh}”列：本年新收加上年结转为{left}，办理结果总计加结转下年度为{right}，两者应相等",
    en: "Table 三, column {columnEn}: received plus carried over is {left}, results plus carried forward is {right}; they must be equal",
  },
  "disclosure.requests.resultsSum": {
    zh: "表三“{columnZh}”列：办理结果总计为{left}，各项办理结果之和为{right}",
    en: "Table 三, column {columnEn}: the results total is {left}, the result rows sum to {right}",
  },
  "disclosure.requests.rowTotal": {
    zh: "表三“{row}”行：总计为{left}，六类申请人之和为{right}",
    en: "Table 三, row {row}: the total is {left}, the six applicant columns sum to {right}",
  },
  "disclosure.reviews.groupTotal": {
    zh: "表四“{groupZh}”：总计为{left}，维持、纠正、其他结果与尚未审结之和为{right}",
    en: "Table 四, {groupEn}: the total is {left}, upheld + corrected + other + pending is {right}",
  },
  "disclosure.text.mismatch": {
    zh: "正文“{quote}”所述{left}与表格数据{right}不一致",
    en: "The text “{quote}” states {left}, the table gives {right}",
  },
  "disclosure.active.negative": {
    zh: "单元格{cell}为{left}，件数不能为负数或小数",
    en: "The cell {cell} is {left}; a count cannot be negative or fractional",
  },
  "disclosure.requests.negative": {
    zh: "单元格{cell}为{left}，件数不能为负数或小数",
    en: "The cell {cell} is {left}; a count cannot be negative or fractional",
  },
  "disclosure.reviews.negative": {
    zh: "单元格{cell}为{left}，件数不能为负数或小数",
    en: "The cell {cell} is {left}; a count cannot be negative or fractional",
  },
  "disclosure.cells.blank": {
    zh: "表格中有{count}个单元格空白（缺失，不按零计）",
    en: "{count} table cells are blank (missing, not zero)",
  },
  "disclosure.document.sectionMissing": {
    zh: "报告缺少“{sectionZh}”部分",
    en: "The report has no section {sectionEn}",
  },
  "disclosure.document.problemsEmpty": {
    zh: "“存在的主要问题及改进情况”部分内容为空（{length}字）",
    en: "The section on problems and improvements is empty ({length} characters)",
  },
  "disclosure.document.feeNotExplained": {
    zh: "表三有{count}件申请因逾期未缴纳信息处理费终止，但“其他需要报告的事项”未说明收费情况",
    en: "Table 三 closes {count} requests for unpaid fees, but the report does not say what fees were charged",
  },
  "disclosure.document.late": {
    zh: "报告{whatZh}日期{date}晚于规定期限{deadline}",
    en: "The report was {whatEn} on {date}, after the deadline of {deadline}",
  },
  "disclosure.series.carryOver": {
    zh: "{year}年“上年结转”（{columnZh}）为{left}，但{previousYear}年“结转下年度继续办理”为{right}",
    en: "{year}: carried over ({columnEn}) is {left}, but {previousYear} carried forward {right}",
  },
  "disclosure.series.inForce": {
    zh: "{year}年{rowZh}现行有效{left}件，按上年{previous}件加制发{issued}件减废止{repealed}件应为{right}件",
    en: "{year}: {rowEn} in force {left}, but {previous} last year + {issued} issued − {repealed} repealed = {right}",
  },
} as const satisfies Readonly<Record<string, MessageTemplates>>;

/**
 * A code of `issueMessages`.
 *
 * @example
 * ```ts
 * const code: IssueMessageCode = "date.malformed";
 * ```
 */
export type IssueMessageCode = keyof typeof issueMessages;

/**
 * The message of an issue code in a language, its params filled in, or
 * `undefined` for a code the table does not hold (a user's own rule).
 *
 * @example
 * ```ts
 * issueMessage("date.malformed", "en", { raw: "2022225", readingEn: "read as 2022-02-25" });
 * //=> "The date 2022225 is not well-formed; read as 2022-02-25"
 * ```
 */
export function issueMessage(code: string, locale: Locale, params: Readonly<Record<string, IssueParam>>): string | undefined {
  const templates: MessageTemplates | undefined = Object.hasOwn(issueMessages, code) ? issueMessages[code as IssueMessageCode] : undefined;
  return templates === undefined ? undefined : renderMessage(templates[locale], params);
}
