import type { Locale } from "./locale.js";

/**
 * Messages of the library's own schema checks, keyed by the `fazhi` param of
 * their zod refinement. Zod's built-in checks use zod's locales instead.
 *
 * @internal
 */
export const schemaMessages: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  "decimal.invalid": {
    zh: "应为精确的十进制数:Decimal、十进制数字字符串或安全整数",
    en: "Expected an exact decimal: a Decimal, a decimal string or a safe integer",
  },
  "decimal.outOfRange": {
    zh: "十进制数超出范围:最多60位有效数字,且在10的-30次方至10的60次方之间",
    en: "Expected a decimal with at most 60 significant digits between 1e-30 and 1e60",
  },
  "date.invalid": {
    zh: "应为真实存在的日期,格式为 YYYY-MM-DD",
    en: "Expected a calendar date written YYYY-MM-DD",
  },
  "period.reversed": { zh: "起始日期不能晚于截止日期", en: "`from` must not be after `to`" },
  "span.reversed": { zh: "文本区间的起点不能在终点之后", en: "`start` must not be after `end`" },
  "divisionCode.invalid": {
    zh: "应为6位GB/T 2260行政区划代码",
    en: "Expected a six-digit GB/T 2260 division code",
  },
  "creditCode.invalid": {
    zh: "应为18位统一社会信用代码,且校验码正确",
    en: "Expected an 18-character unified social credit code with a matching check character",
  },
  "target.negativeTolerance": { zh: "容差不能为负数", en: "A tolerance must not be negative" },
};
