import type { Decimal } from "../model/decimal.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { issueMessages } from "../model/issueMessages.js";
import { renderMessage } from "../model/renderMessage.js";

/**
 * The issue of a value that an export cannot hold exactly (`export.valueOutOfRange`).
 *
 * @internal
 */
export function valueOutOfRange(path: readonly (string | number)[], value: Decimal, column: string, locale: Locale): Issue {
  const params = { value: value.toString(), column };
  return { code: "export.valueOutOfRange", severity: "warning", path: [...path], message: renderMessage(issueMessages["export.valueOutOfRange"][locale], params), params };
}
