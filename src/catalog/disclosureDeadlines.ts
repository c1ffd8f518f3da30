/**
 * When a 政府信息公开工作年度报告 on a year is public, as month and day of the
 * following year (《中华人民共和国政府信息公开条例》 第四十九、五十条): a
 * department's report by 31 January (it is submitted to the government's
 * office then), a government's by 31 March. The one source of these dates,
 * which `validateDisclosure` takes as the defaults of its
 * `departmentPublishBy` and `governmentPublishBy` options.
 *
 * @internal
 * @example
 * ```ts
 * disclosureDeadlineMonthDays.governmentPublishBy; //=> "03-31"
 * ```
 */
export const disclosureDeadlineMonthDays = { departmentPublishBy: "01-31", governmentPublishBy: "03-31" } as const;
