import type { IssueParam } from "./issue.js";

/**
 * Fills a message template: each `{name}` becomes the param `name` (left as
 * written when there is no such param).
 *
 * @example
 * ```ts
 * renderMessage("发布日期{date}晚于{deadline}", { date: "2021-07-02", deadline: "2021-04-01" });
 * //=> "发布日期2021-07-02晚于2021-04-01"
 * ```
 */
export function renderMessage(template: string, params: Readonly<Record<string, IssueParam>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    // Own params only: a placeholder named {constructor} is not filled from Object's prototype.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
