import { z } from "zod";

/**
 * Schema of the language of messages: `zh` (简体中文) or `en` (English).
 *
 * @example
 * ```ts
 * Locale.parse("zh"); //=> "zh"
 * ```
 */
export const Locale = z.enum(["zh", "en"]);

/**
 * The language of messages.
 *
 * @example
 * ```ts
 * const locale: Locale = "en";
 * ```
 */
export type Locale = z.infer<typeof Locale>;
