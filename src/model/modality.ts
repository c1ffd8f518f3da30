import * as z from "zod";

/**
 * The modalities of a figure, as a plain list for code that needs no schema
 * (so that it does not bring zod into a bundle).
 *
 * @example
 * ```ts
 * modalities; //=> ["actual", "target"]
 * ```
 */
export const modalities = ["actual", "target"] as const;

/**
 * Schema of whether a figure was achieved (`actual`) or is to be reached
 * (`target`, as in a work plan's `达到100%` or `不少于60学时`).
 *
 * @example
 * ```ts
 * Modality.parse("target"); //=> "target"
 * ```
 */
export const Modality = /* @__PURE__ */ z.enum(modalities);

/**
 * Whether a figure is an actual or a target.
 *
 * @example
 * ```ts
 * const modality: Modality = "actual";
 * ```
 */
export type Modality = z.infer<typeof Modality>;
