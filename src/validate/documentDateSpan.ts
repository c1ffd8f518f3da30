/**
 * The span of a document date's raw text in the document's text, as the
 * parser found it (`signedSpan`, `publishedSpan`), as the `span` of a finding
 * (spread into it), or nothing where it is not known.
 *
 * @internal
 * @example
 * ```ts
 * documentDateSpan({ dates: { signedSpan: { start: 14, end: 23 } } }, "signed"); //=> { span: { start: 14, end: 23 } }
 * documentDateSpan({ dates: null }, "published"); //=> {}
 * ```
 */
export function documentDateSpan(
  subject: { readonly dates: { readonly signedSpan?: { readonly start: number; readonly end: number }; readonly publishedSpan?: { readonly start: number; readonly end: number } } | null },
  field: "signed" | "published",
): { span: { start: number; end: number } } | Record<string, never> {
  const span = subject.dates?.[`${field}Span`];
  return span === undefined ? {} : { span: { start: span.start, end: span.end } };
}
