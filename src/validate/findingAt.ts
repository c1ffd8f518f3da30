/**
 * A finding about a figure (or a task): its path, with `field` appended when
 * given, the params, and its span in the text when known.
 *
 * @internal
 * @example
 * ```ts
 * findingAt({ path: ["quantities", 2], span: { start: 5, end: 9 } }, { value: "-3" }, "value");
 * //=> { path: ["quantities", 2, "value"], params: { value: "-3" }, span: { start: 5, end: 9 } }
 * ```
 */
export function findingAt(
  at: { readonly path: readonly (string | number)[]; readonly span?: { readonly start: number; readonly end: number } },
  params: Readonly<Record<string, string | number | boolean | null>>,
  field?: string,
): { path: readonly (string | number)[]; params: Readonly<Record<string, string | number | boolean | null>>; span?: { start: number; end: number } } {
  return {
    path: field === undefined ? at.path : [...at.path, field],
    params,
    ...(at.span ? { span: { start: at.span.start, end: at.span.end } } : {}),
  };
}
