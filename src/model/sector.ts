import * as z from "zod";

/**
 * The sectors a department can belong to, as listed in the corpus annotation
 * format (交通运输, 司法, 生态环境 …); `other` for anything else.
 *
 * @example
 * ```ts
 * sectors.includes("transport"); //=> true
 * ```
 */
export const sectors = [
  "transport",
  "justice",
  "environment",
  "market-regulation",
  "urban-management",
  "natural-resources",
  "housing",
  "agriculture",
  "water",
  "health",
  "emergency",
  "education",
  "finance",
  "taxation",
  "commerce",
  "culture-tourism",
  "civil-affairs",
  "human-resources",
  "public-security",
  "other",
] as const;

/**
 * Schema of a department's sector.
 *
 * @example
 * ```ts
 * Sector.parse("transport"); //=> "transport"
 * ```
 */
export const Sector = /* @__PURE__ */ z.enum(sectors);

/**
 * A department's sector (`transport` for a 交通运输局).
 *
 * @example
 * ```ts
 * const sector: Sector = "market-regulation";
 * ```
 */
export type Sector = z.infer<typeof Sector>;
