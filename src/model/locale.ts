import * as z from "zod";

/**
 * Schema of the language of messages: `zh` (简体中文) or `en` (English).
 *
 * @example
 * ```ts
 * Locale.parse("zh"); //=> "zh"
 * ```
 */
export const Locale = /* @__PURE__ */ z.enum(["zh", "en"]);

/**
 * The language of messages.
 *
 * @example
 * ```ts
 * const locale: Locale = "en";
 * ```
 */
export type Locale = z.infer<typeof Locale>;
