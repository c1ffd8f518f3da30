import { z } from "zod";

/**
 * Schema of whether a figure was achieved (`actual`) or is to be reached
 * (`target`, as in a work plan's `达到100%` or `不少于60学时`).
 *
 * @example
 * ```ts
 * Modality.parse("target"); //=> "target"
 * ```
 */
export const Modality = z.enum(["actual", "target"]);

/**
 * Whether a figure is an actual or a target.
 *
 * @example
 * ```ts
 * const modality: Modality = "actual";
 * ```
 */
export type Modality = z.infer<typeof Modality>;
