import type { Sector } from "../model/sector.js";
import { leadingDivisionsLength } from "./divisions.js";

/**
 * Words in a department's name that tell its sector, most specific first
 * (`交通运输局` → `transport`, `综合行政执法局` → `urban-management`).
 *
 * @example
 * ```ts
 * sectorNames.find(([word]) => "宁波市海曙区交通运输局".includes(word))?.[1]; //=> "transport"
 * ```
 */
export const sectorNames: readonly (readonly [string, Sector])[] = [
  ["交通", "transport"],
  ["司法", "justice"],
  ["生态环境", "environment"],
  ["环境保护", "environment"],
  ["环保", "environment"],
  ["市场监督管理", "market-regulation"],
  ["市场监管", "market-regulation"],
  ["城市管理", "urban-management"],
  ["城管", "urban-management"],
  ["综合行政执法", "urban-management"],
  ["自然资源", "natural-resources"],
  ["国土", "natural-resources"],
  ["住房和城乡建设", "housing"],
  ["住房城乡建设", "housing"],
  ["住建", "housing"],
  ["农业农村", "agriculture"],
  ["农业", "agriculture"],
  ["水利", "water"],
  ["水务", "water"],
  ["卫生健康", "health"],
  ["卫健", "health"],
  ["应急管理", "emergency"],
  ["教育", "education"],
  ["财政", "finance"],
  ["税务", "taxation"],
  ["商务", "commerce"],
  ["文化", "culture-tourism"],
  ["旅游", "culture-tourism"],
  ["文旅", "culture-tourism"],
  ["民政", "civil-affairs"],
  ["人力资源", "human-resources"],
  ["人社", "human-resources"],
  ["公安", "public-security"],
];

/**
 * The sector of a department by its name, `other` for a department whose
 * name tells none, and `null` for a government (人民政府). The names of the
 * divisions it starts with are not read: a place's name may hold a sector's
 * word (西藏文化旅游创意园区人力资源局 is a human-resources bureau).
 *
 * @example
 * ```ts
 * sectorOf("朝阳市交通运输局"); //=> "transport"
 * sectorOf("西藏文化旅游创意园区人力资源局"); //=> "human-resources"
 * sectorOf("哈尔滨市道外区人民政府"); //=> null
 * sectorOf("某市档案局"); //=> "other"
 * sectorOf("某县人民政府办公室"); //=> "other"
 * ```
 */
export function sectorOf(name: string): Sector | null {
  if (/人民政府$|政府$/.test(name)) return null;
  // 人民政府 holds 民政 without being 民政 (某县人民政府办公室 is no civil-affairs body).
  const words = name.slice(leadingDivisionsLength(name)).replaceAll("人民政府", "");
  return sectorNames.find(([word]) => words.includes(word))?.[1] ?? "other";
}
