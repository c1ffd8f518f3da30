import type { IssueParam } from "./issue.js";
import type { Locale } from "./locale.js";
import { renderMessage } from "./renderMessage.js";

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
 * issueMessages["date.malformed"].zh; //=> "日期“{raw}”书写不规范,{readingZh}"
 * ```
 */
export const issueMessages = {
  "date.malformed": {
    zh: "日期“{raw}”书写不规范,{readingZh}",
    en: "The date {raw} is not well-formed; {readingEn}",
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
