import * as z from "zod";

/**
 * Schema of a span of text: UTF-16 offsets `start` (inclusive) and `end`
 * (exclusive), as `String.prototype.slice` takes them.
 *
 * @example
 * ```ts
 * const text = "罚款121万元";
 * const span = Span.parse({ start: 2, end: 7 });
 * text.slice(span.start, span.end); //=> "121万元"
 * ```
 */
export const Span = /* @__PURE__ */ z
  .object({ start: z.int().min(0), end: z.int().min(0) })
  .refine((span) => span.start <= span.end, {
    params: { fazhi: "span.reversed" },
    message: "`start` must not be after `end`",
    path: ["end"],
  });

/**
 * UTF-16 offsets of a piece of text.
 *
 * @example
 * ```ts
 * const span: Span = { start: 2, end: 7 };
 * ```
 */
export interface Span extends z.infer<typeof Span> {}
