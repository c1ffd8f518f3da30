import { renderMessage } from "../../model/renderMessage.js";
import type { Issue, IssueParam } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";

const messages: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  "disclosure.cellsUnreadable": {
    zh: "表格{table}“{row}”一行读到{found}个数值，应为{expected}个，无法确定各列，按空白处理",
    en: "Table {table}, row “{row}”: {found} values where the template has {expected}; the columns cannot be told apart, read as blank",
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
  "disclosure.tableMissing": {
    zh: "未找到表格{table}，各单元格按空白处理",
    en: "Table {table} was not found; its cells are read as blank",
  },
  "disclosure.templateUndetermined": {
    zh: "表格表头未表明模板版本，按报告年度{year}判断为{template}年格式",
    en: "The table headers do not tell the template; taken as the {template} template from the reporting year {year}",
  },
};

/**
 * An issue of the disclosure report reader, its message in the locale.
 *
 * @internal
 */
export function readIssue(
  code: keyof typeof messages & string,
  severity: Issue["severity"],
  path: readonly (string | number)[],
  params: Readonly<Record<string, IssueParam>>,
  locale: Locale,
  span?: { start: number; end: number },
): Issue {
  const template = messages[code]?.[locale] ?? code;
  const message = renderMessage(template, params);
  return { code, severity, path: [...path], message, params: { ...params }, ...(span ? { span } : {}) };
}
