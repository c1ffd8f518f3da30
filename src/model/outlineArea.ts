import * as z from "zod";

/**
 * The keys of the nine task areas of the 《法治政府建设实施纲要(2021—2025年)》,
 * parts 二 to 十, in order: 政府机构职能, 依法行政制度, 行政决策, 行政执法,
 * 突发事件应对, 矛盾纠纷化解, 权力制约监督, 科技保障 (数字法治政府), 党的领导.
 *
 * @example
 * ```ts
 * outlineAreaKeys[3]; //=> "enforcement"
 * ```
 */
export const outlineAreaKeys = [
  "functions",
  "institutions",
  "decisions",
  "enforcement",
  "emergency",
  "disputes",
  "oversight",
  "digital",
  "leadership",
] as const;

/**
 * Schema of a task area of the 2021–2025 outline.
 *
 * @example
 * ```ts
 * OutlineArea.parse("disputes"); //=> "disputes"
 * ```
 */
export const OutlineArea = /* @__PURE__ */ z.enum(outlineAreaKeys);

/**
 * A task area of the 2021–2025 outline.
 *
 * @example
 * ```ts
 * const area: OutlineArea = "oversight";
 * ```
 */
export type OutlineArea = z.infer<typeof OutlineArea>;
