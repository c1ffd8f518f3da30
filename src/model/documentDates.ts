import * as z from "zod";
import { IsoDate } from "./isoDate.js";

/**
 * Schema of a document's two dates: `signed`, the 落款 date, and `published`,
 * the web publication date (发布时间, 发文日期); `null` where absent.
 *
 * @example
 * ```ts
 * DocumentDates.parse({ signed: "2022-02-25", published: "2022-03-15" });
 * ```
 */
export const DocumentDates = /* @__PURE__ */ z.object({
  signed: IsoDate.nullable(),
  published: IsoDate.nullable(),
});

/**
 * A document's signing and publication dates.
 *
 * @example
 * ```ts
 * const dates: DocumentDates = { signed: "2021-02-23", published: null };
 * ```
 */
export interface DocumentDates extends z.infer<typeof DocumentDates> {}
