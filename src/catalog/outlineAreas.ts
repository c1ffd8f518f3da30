import type { OutlineArea } from "../model/outlineArea.js";

/**
 * A task area of the 《法治政府建设实施纲要(2021—2025年)》.
 *
 * @example
 * ```ts
 * const area: OutlineAreaInfo = outlineAreas[0]!;
 * ```
 */
export interface OutlineAreaInfo {
  /** The area's key. */
  readonly key: OutlineArea;
  /** The numbered part of the outline (二 … 十). */
  readonly part: string;
  /** The part's heading as published. */
  readonly headingZh: string;
  /** A short English name. */
  readonly nameEn: string;
}

/**
 * The nine task areas of the 2021–2025 outline (中发〔2021〕33号), parts 二 to 十;
 * part 一 is the general part.
 *
 * @example
 * ```ts
 * outlineAreas.find((a) => a.key === "enforcement")?.headingZh;
 * //=> "健全行政执法工作体系，全面推进严格规范公正文明执法"
 * ```
 */
export const outlineAreas: readonly OutlineAreaInfo[] = [
  { key: "functions", part: "二", headingZh: "健全政府机构职能体系，推动更好发挥政府作用", nameEn: "Government functions" },
  { key: "institutions", part: "三", headingZh: "健全依法行政制度体系，加快推进政府治理规范化程序化法治化", nameEn: "Rules and regulations" },
  { key: "decisions", part: "四", headingZh: "健全行政决策制度体系，不断提升行政决策公信力和执行力", nameEn: "Administrative decision-making" },
  { key: "enforcement", part: "五", headingZh: "健全行政执法工作体系，全面推进严格规范公正文明执法", nameEn: "Administrative enforcement" },
  { key: "emergency", part: "六", headingZh: "健全突发事件应对体系，依法预防处置重大突发事件", nameEn: "Emergency response" },
  { key: "disputes", part: "七", headingZh: "健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义", nameEn: "Dispute prevention and resolution" },
  { key: "oversight", part: "八", headingZh: "健全行政权力制约和监督体系，促进行政权力规范透明运行", nameEn: "Oversight and transparency" },
  { key: "digital", part: "九", headingZh: "健全法治政府建设科技保障体系，全面建设数字法治政府", nameEn: "Digital government" },
  { key: "leadership", part: "十", headingZh: "加强党的领导，完善法治政府建设推进机制", nameEn: "Leadership and mechanisms" },
];

/**
 * A task area of the 《法治政府建设实施纲要(2015—2020年)》 and where its work
 * went in the 2021–2025 outline, for normalising older reports.
 *
 * @example
 * ```ts
 * const old: Outline2015Area = outline2015Areas[0]!;
 * ```
 */
export interface Outline2015Area {
  /** The numbered part of the 2015 outline (二 … 九). */
  readonly part: string;
  /** The part's heading. */
  readonly headingZh: string;
  /** The 2021–2025 areas its work belongs to, the main one first. */
  readonly areas: readonly OutlineArea[];
}

/**
 * The task areas of the 2015–2020 outline (中发〔2015〕36号), parts 二 to 九,
 * mapped to the 2021–2025 areas. The 2021 outline adds `emergency` and
 * `digital`, which have no 2015 counterpart.
 *
 * @example
 * ```ts
 * outline2015Areas.find((a) => a.part === "六")?.areas; //=> ["oversight"]
 * ```
 */
export const outline2015Areas: readonly Outline2015Area[] = [
  { part: "二", headingZh: "依法全面履行政府职能", areas: ["functions", "digital"] },
  { part: "三", headingZh: "完善依法行政制度体系", areas: ["institutions"] },
  { part: "四", headingZh: "推进行政决策科学化、民主化、法治化", areas: ["decisions"] },
  { part: "五", headingZh: "坚持严格规范公正文明执法", areas: ["enforcement"] },
  { part: "六", headingZh: "强化对行政权力的制约和监督", areas: ["oversight"] },
  { part: "七", headingZh: "依法有效化解社会矛盾纠纷", areas: ["disputes"] },
  { part: "八", headingZh: "全面提高政府工作人员法治思维和依法行政能力", areas: ["leadership"] },
  { part: "九", headingZh: "组织保障和落实机制", areas: ["leadership"] },
];
