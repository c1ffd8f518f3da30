import * as z from "zod";
import { Span } from "./span.js";

/**
 * Schema of where a figure comes from: the document's name, the span of the
 * figure's number in the document's text, and the quoted words around it.
 *
 * @example
 * ```ts
 * SourceRef.parse({ document: "000.txt", span: { start: 812, end: 817 }, quote: "罚款121万元" });
 * ```
 */
export const SourceRef = /* @__PURE__ */ z.object({
  document: z.string().min(1),
  span: Span,
  quote: z.string(),
});

/**
 * A pointer back into a source document.
 *
 * @example
 * ```ts
 * const source: SourceRef = { document: "000.txt", span: { start: 812, end: 817 }, quote: "罚款121万元" };
 * ```
 */
export interface SourceRef extends z.infer<typeof SourceRef> {}
