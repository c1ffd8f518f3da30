import type { IssueParam } from "./issue.js";
import type { MessageTemplates } from "./issueMessages.js";
import { renderMessage } from "./renderMessage.js";

// The messages of the issues found while parsing (parse/), one constant per code so that a
// reader bundles only the messages it raises. `issueMessages` gathers them with the rest.

/**
 * The messages of `date.malformed`, found while parsing.
 *
 * @example
 * ```ts
 * dateMalformedMessage.en.length > 0; //=> true
 * ```
 */
export const dateMalformedMessage: MessageTemplates = {
  zh: "日期“{raw}”书写不规范，{readingZh}",
  en: "The date {raw} is not well-formed; {readingEn}",
};

/**
 * The messages of `number.unreadable`, found while parsing.
 *
 * @example
 * ```ts
 * numberUnreadableMessage.en.length > 0; //=> true
 * ```
 */
export const numberUnreadableMessage: MessageTemplates = {
  zh: "无法将“{input}”读作数字：{reasonZh}",
  en: "Cannot read \"{input}\" as a number: {reason}",
};

/**
 * The messages of `number.ambiguousGrouping`, found while parsing.
 *
 * @example
 * ```ts
 * numberAmbiguousGroupingMessage.en.length > 0; //=> true
 * ```
 */
export const numberAmbiguousGroupingMessage: MessageTemplates = {
  zh: "“{input}”不是一个数：其数字的分组符号不是千位分隔符",
  en: "\"{input}\" is not one number: its digits are grouped by a separator that is no thousands separator",
};

/**
 * The messages of `metadata.otherTitle`, found while parsing: a first line that is the title of
 * another document (a year's work summary), naming no 法治 nor 依法行政.
 *
 * @example
 * ```ts
 * metadataOtherTitleMessage.en.length > 0; //=> true
 * ```
 */
export const metadataOtherTitleMessage: MessageTemplates = {
  zh: "标题“{title}”未提及法治，不像法治政府建设年度报告",
  en: "The title \"{title}\" does not name the rule of law: no rule-of-law report",
};

/**
 * The messages of `metadata.yearMalformed`, found while parsing.
 *
 * @example
 * ```ts
 * metadataYearMalformedMessage.en.length > 0; //=> true
 * ```
 */
export const metadataYearMalformedMessage: MessageTemplates = {
  zh: "标题中的年份“{raw}年”不是有效年份",
  en: "The title's year \"{raw}年\" is not a valid year",
};

/**
 * The messages of `agency.ambiguousDivision`, found while parsing.
 *
 * @example
 * ```ts
 * agencyAmbiguousDivisionMessage.en.length > 0; //=> true
 * ```
 */
export const agencyAmbiguousDivisionMessage: MessageTemplates = {
  zh: "地名“{name}”对应多个行政区划（{codes}），正文未指明所属地市",
  en: "\"{name}\" names several divisions ({codes}) and the text does not tell which",
};

/**
 * The messages of `encoding.lossy`, found while parsing.
 *
 * @example
 * ```ts
 * encodingLossyMessage.en.length > 0; //=> true
 * ```
 */
export const encodingLossyMessage: MessageTemplates = {
  zh: "文本中有{count}处无法识别的字符，已成为“\ufffd”（首处在第{position}个字符）：{causeZh}",
  en: "The text holds {count} U+FFFD replacement character(s) (first at character {position}): {causeEn}",
};

/**
 * The messages of `encoding.unknownLabel`, found while parsing.
 *
 * @example
 * ```ts
 * encodingUnknownLabelMessage.en.length > 0; //=> true
 * ```
 */
export const encodingUnknownLabelMessage: MessageTemplates = {
  zh: "声明的编码“{label}”无法识别，改为按字节推测",
  en: "The declared encoding \"{label}\" is unknown; guessing from the bytes",
};

/**
 * The messages of `encoding.guessed`, found while parsing.
 *
 * @example
 * ```ts
 * encodingGuessedMessage.en.length > 0; //=> true
 * ```
 */
export const encodingGuessedMessage: MessageTemplates = {
  zh: "未声明编码，按字节推测为{encoding}",
  en: "No encoding was declared; the bytes were read as {encoding}",
};

/**
 * The messages of `encoding.declaredMismatch`, found while parsing.
 *
 * @example
 * ```ts
 * encodingDeclaredMismatchMessage.en.length > 0; //=> true
 * ```
 */
export const encodingDeclaredMismatchMessage: MessageTemplates = {
  zh: "声明的编码为{declared}，但字节按{encoding}才能正确读出，已按{encoding}解码",
  en: "The declared encoding is {declared}, but the bytes read correctly only as {encoding}; decoded as {encoding}",
};

/**
 * The messages of `file.unreadable`, found while reading a file (`fazhi/node`).
 *
 * @example
 * ```ts
 * fileUnreadableMessage.en; //=> "{file}: {reason}"
 * ```
 */
export const fileUnreadableMessage: MessageTemplates = {
  zh: "文件“{file}”{reasonZh}",
  en: "{file}: {reason}",
};

/**
 * The messages of `file.notText`, found while reading a file (`fazhi/node`).
 *
 * @example
 * ```ts
 * fileNotTextMessage.zh; //=> "文件“{file}”{reasonZh}"
 * ```
 */
export const fileNotTextMessage: MessageTemplates = {
  zh: "文件“{file}”{reasonZh}",
  en: "{file}: {reason}",
};

/**
 * The message of an issue found where no language was asked for (while
 * parsing), from its templates: its Chinese and English messages, joined by ` / `. `validate` and
 * `formatIssues` give it again in one language.
 *
 * @example
 * ```ts
 * bilingualMessage(encodingGuessedMessage, { encoding: "gb18030" });
 * //=> "未声明编码，按字节推测为gb18030 / No encoding was declared; the bytes were read as gb18030"
 * ```
 */
export function bilingualMessage(templates: MessageTemplates, params: Readonly<Record<string, IssueParam>>): string {
  return `${renderMessage(templates.zh, params)} / ${renderMessage(templates.en, params)}`;
}
