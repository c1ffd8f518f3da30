import type { Sector } from "../../model/sector.js";

/**
 * Short forms of department names and their official full forms
 * (市场监管局 → 市场监督管理局). A short form is expanded only when the text
 * writes no full name of the department with its place: some bodies are
 * officially named by the short form (重庆市交通局).
 *
 * @example
 * ```ts
 * departmentFullForms["市场监管局"]; //=> "市场监督管理局"
 * ```
 */
export const departmentFullForms: Readonly<Record<string, string>> = {
  交通局: "交通运输局",
  交通委: "交通运输委员会",
  市场监管局: "市场监督管理局",
  综合执法局: "综合行政执法局",
  执法局: "综合行政执法局",
  住建局: "住房和城乡建设局",
  人社局: "人力资源和社会保障局",
  卫健局: "卫生健康局",
  卫健委: "卫生健康委员会",
  发改委: "发展和改革委员会",
  发改局: "发展和改革局",
  应急局: "应急管理局",
  农业局: "农业农村局",
  资规局: "自然资源和规划局",
};

/**
 * The usual name of a sector's department, by the ending a self-name gives
 * (我局 → 局, 我厅 → 厅), for a report that calls itself 我局 and names its
 * place and sector but never its department. Sectors whose departments are
 * named in several ways (城市管理, 文化旅游, 卫生健康, 水利/水务) are left out.
 *
 * @example
 * ```ts
 * sectorDepartmentNames.transport?.["局"]; //=> "交通运输局"
 * ```
 */
export const sectorDepartmentNames: Readonly<Partial<Record<Sector, Readonly<Record<string, string>>>>> = {
  transport: { 局: "交通运输局", 厅: "交通运输厅" },
  justice: { 局: "司法局", 厅: "司法厅" },
  environment: { 局: "生态环境局", 厅: "生态环境厅" },
  "market-regulation": { 局: "市场监督管理局" },
  "natural-resources": { 局: "自然资源局", 厅: "自然资源厅" },
  housing: { 局: "住房和城乡建设局", 厅: "住房和城乡建设厅" },
  agriculture: { 局: "农业农村局", 厅: "农业农村厅" },
  emergency: { 局: "应急管理局", 厅: "应急管理厅" },
  education: { 局: "教育局", 厅: "教育厅" },
  finance: { 局: "财政局", 厅: "财政厅" },
  commerce: { 局: "商务局", 厅: "商务厅" },
  "civil-affairs": { 局: "民政局", 厅: "民政厅" },
  "human-resources": { 局: "人力资源和社会保障局", 厅: "人力资源和社会保障厅" },
  "public-security": { 局: "公安局", 厅: "公安厅" },
};
