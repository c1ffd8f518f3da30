/**
 * Words that end the name of a government body, longest first where one
 * contains another (人民政府 before 政府). A name such as 朝阳市交通运输局 or
 * 西平县人民政府办公室 ends at the first of them.
 *
 * @example
 * ```ts
 * agencyEndings.some((end) => "六安市司法局".endsWith(end)); //=> true
 * ```
 */
export const agencyEndings: readonly string[] = [
  "人民政府",
  "政府",
  "委员会",
  "办事处",
  "办公室",
  "办公厅",
  "管理局",
  "局",
  "厅",
  "委",
  "办",
  "中心",
  "支队",
  "大队",
];

/**
 * What follows a place's name when the body is its government.
 *
 * @example
 * ```ts
 * governmentNames.includes("人民政府"); //=> true
 * ```
 */
export const governmentNames: readonly string[] = ["人民政府", "政府"];

/**
 * A government's general office (办公室, 办公厅). Reporting on its own work it
 * is a department (上海市人民政府办公厅); issuing a plan above 关于印发… it
 * acts for the government, and the plan is the government's.
 *
 * @example
 * ```ts
 * governmentOfficeNames.includes("人民政府办公厅"); //=> true
 * ```
 */
export const governmentOfficeNames: readonly string[] = ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅"];

/**
 * How a body names itself in its own report (我局, 本局, 我委 …), with the
 * kind of body each is: a department (局, 委, 厅) or a government (我县, 我区).
 *
 * @example
 * ```ts
 * selfNames["我局"]; //=> "department"
 * selfNames["我县"]; //=> "government"
 * ```
 */
export const selfNames: Readonly<Record<string, "department" | "government">> = {
  我局: "department",
  本局: "department",
  我委: "department",
  本委: "department",
  我厅: "department",
  本厅: "department",
  我办: "department",
  我县: "government",
  我区: "government",
  我市: "government",
  我旗: "government",
};

/**
 * Level words a short name starts with (市交通局, 县综合执法局, 区交通局) or
 * that say whose scope a text speaks of (我县, 全区, 县委、县政府): the kind of
 * division each names. 市 may be a prefecture or a county-level city, so the
 * level comes from the division table, never from this word alone.
 *
 * @example
 * ```ts
 * levelWords["区"]; //=> "district"
 * ```
 */
export const levelWords: Readonly<Record<string, "province" | "city" | "district" | "county">> = {
  省: "province",
  市: "city",
  区: "district",
  县: "county",
  旗: "county",
};

/**
 * The words put before a level word when a text speaks of its own scope:
 * `own` (我县, our county) and `whole` (全市, the whole city); a sector's word
 * right after them (全市交通…) tells the sector the text speaks of.
 *
 * @example
 * ```ts
 * `${scopeLeads.own}县`; //=> "我县"
 * ```
 */
export const scopeLeads: { readonly own: string; readonly whole: string } = { own: "我", whole: "全" };

/**
 * Words that end the name of a township or street office (below the county:
 * kind government, level null, division code of the county).
 *
 * @example
 * ```ts
 * townshipEndings.some((end) => "莲塘镇".endsWith(end)); //=> true
 * ```
 */
export const townshipEndings: readonly string[] = ["街道", "镇", "乡"];

/**
 * What follows a township's or street's name when the body is its government
 * (莲塘镇人民政府, 鼓东街道办事处).
 *
 * @example
 * ```ts
 * townshipGovernmentNames.includes("办事处"); //=> true
 * ```
 */
export const townshipGovernmentNames: readonly string[] = ["人民政府", "政府", "办事处"];

/**
 * Self-names of a township or street (我镇, 我街道): a government below the county.
 *
 * @example
 * ```ts
 * townshipSelfNames.includes("我镇"); //=> true
 * ```
 */
export const townshipSelfNames: readonly string[] = ["我镇", "我乡", "我街道", "本镇", "本乡", "本街道"];

/**
 * Words in a text that show its author is a department's office (局机关, 局党组 …),
 * when it names itself nowhere.
 *
 * @example
 * ```ts
 * departmentSelfWords.includes("局机关"); //=> true
 * ```
 */
export const departmentSelfWords: readonly string[] = ["局机关", "局党组", "局党委", "局属各单位", "局直各单位", "全局"];

/**
 * Phrases of the opening sentence before its subject: a time (2021年, 今年以来)
 * or the leadership it acted under (在市委、市政府的正确领导下), which the
 * reader skips to find who acts.
 *
 * @example
 * ```ts
 * openingTimeWords.includes("今年以来"); //=> true
 * ```
 */
export const openingTimeWords: readonly string[] = ["今年以来", "本年度", "一年来", "近年来", "年初以来", "过去一年"];

/**
 * Words that begin with a level word but are no short name of a body
 * (市场监督管理局 is not 市 + 场监督管理局; 县域, 省级 …).
 *
 * @example
 * ```ts
 * levelWordCompounds.includes("市场"); //=> true
 * ```
 */
export const levelWordCompounds: readonly string[] = [
  "市场",
  "市级",
  "市区",
  "市县",
  "市民",
  "市直",
  "市属",
  "区域",
  "区级",
  "区县",
  "区直",
  "区属",
  "县域",
  "县级",
  "县区",
  "县直",
  "县属",
  "省级",
  "省市",
  "省直",
  "省属",
  "旗县",
];

/**
 * Words that begin the predicate of an opening sentence (…街道坚持以…为指导,
 * …镇深入推进…): after a township's name they show the name is the subject.
 *
 * @example
 * ```ts
 * openingPredicateWords.includes("坚持"); //=> true
 * ```
 */
export const openingPredicateWords: readonly string[] = [
  "坚持",
  "深入",
  "认真",
  "全面",
  "紧紧",
  "始终",
  "按照",
  "围绕",
  "扎实",
  "聚焦",
  "持续",
  "积极",
  "不断",
  "紧扣",
  "高度",
  "立足",
  "牢固",
  "严格",
  "着力",
  "切实",
  "大力",
  "以习近平",
];

/**
 * Words that show a run of characters is a sentence's predicate or a topic,
 * not a department's name (南昌县全面贯彻…, 某市法治政府建设领导小组办公室).
 *
 * @example
 * ```ts
 * notDepartmentWords.includes("贯彻"); //=> true
 * ```
 */
export const notDepartmentWords: readonly string[] = [
  "法治",
  "依法行政",
  "政府",
  "建设",
  "贯彻",
  "推进",
  "坚持",
  "全面",
  "深入",
  "认真",
  "进一步",
  "的",
  "关于",
  "印发",
  "党委",
];

/**
 * Words of a department's line of work that hold a word of
 * `notDepartmentWords` (建设 of 法治政府建设): right before the department's
 * ending they name it (湖州市住房和城乡建设局, 德清县建设局), and the rest of
 * the name is tested without them. Longest first.
 *
 * @example
 * ```ts
 * departmentWorkWords.some((word) => "住房和城乡建设".endsWith(word)); //=> true
 * ```
 */
export const departmentWorkWords: readonly string[] = ["住房和城乡建设", "住房城乡建设", "城乡建设", "建设"];

/**
 * Words that end the leadership phrase an opening sentence starts with
 * (在市委、市政府的正确领导下): the subject comes after it.
 *
 * @example
 * ```ts
 * leadershipWords.includes("领导下"); //=> true
 * ```
 */
export const leadershipWords: readonly string[] = ["领导下", "指导下", "支持下", "关心下", "帮助下", "部署下"];

/**
 * National bodies whose local offices are named after them (国家税务总局南京市税务局): the
 * office is placed by the place and department after the prefix, as a local department is.
 *
 * @example
 * ```ts
 * parentBodyPrefixes.includes("国家税务总局"); //=> true
 * ```
 */
export const parentBodyPrefixes: readonly string[] = ["国家税务总局"];

/**
 * The short forms of an autonomous division's ending (大理州 for 大理白族自治州, 长阳县 for
 * 长阳土家族自治县): the character a name written short ends with, and the full ending it stands for.
 *
 * @example
 * ```ts
 * shortDivisionEndings["州"]; //=> "自治州"
 * ```
 */
export const shortDivisionEndings: Readonly<Record<string, string>> = { 州: "自治州", 县: "自治县", 旗: "自治旗" };
