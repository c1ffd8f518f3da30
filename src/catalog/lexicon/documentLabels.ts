/**
 * Labels of a page header or a document that introduce its publication date
 * (发布时间:2022-08-17), longest first where one ends another.
 *
 * @example
 * ```ts
 * publicationDateLabels.includes("发文日期"); //=> true
 * ```
 */
export const publicationDateLabels: readonly string[] = [
  "发布时间",
  "发布日期",
  "发文日期",
  "发表时间",
  "公开日期",
  "公开时间",
  "印发日期",
  "成文日期",
  "时间",
  "日期",
];

/**
 * Labels of a page header that name the body a page is from (来源:朝阳市交通运输局),
 * longest first where one ends another.
 *
 * @example
 * ```ts
 * sourceLabels.includes("发布机构"); //=> true
 * ```
 */
export const sourceLabels: readonly string[] = [
  "信息来源",
  "文章来源",
  "发布机构",
  "发布单位",
  "发文机关",
  "发文单位",
  "发文机构",
  "来源单位",
  "来源",
];
