import type { Decimal } from "../model/decimal.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import { renderMessage } from "../model/renderMessage.js";

const messages = {
  zh: "数值{value}超出DECIMAL(38,6)的范围(至多32位整数、6位小数):{column}列留空,不作舍入,原值见value_text列",
  en: "The value {value} does not fit DECIMAL(38,6) (at most 32 integer digits and 6 decimals): column {column} is left empty, never rounded; value_text keeps it",
} as const;

/**
 * The issue of a value that an export cannot hold exactly (`export.valueOutOfRange`).
 *
 * @internal
 */
export function valueOutOfRange(path: readonly (string | number)[], value: Decimal, column: string, locale: Locale): Issue {
  const params = { value: value.toString(), column };
  return { code: "export.valueOutOfRange", severity: "warning", path: [...path], message: renderMessage(messages[locale], params), params };
}
