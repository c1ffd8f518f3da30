import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../../src/model/decimal.js";
import { Issue } from "../../../src/model/issue.js";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { foldText } from "../../../src/parse/foldText.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure, validateDisclosureSeries } from "../../../src/validate/disclosure/index.js";
import { validate } from "../../../src/validate/index.js";
import { disclosureGold, disclosureNames, disclosureText } from "../../helpers/disclosure.js";

type Finding = { rule: string; cells: string; left: string; right: string };

function findings(report: DisclosureReport): Finding[] {
  return validateDisclosure(report)
    .map((i) => ({
      rule: i.code.replace(/^disclosure\./, ""),
      cells: String(i.params["cells"] ?? "").split(",").sort().join(","),
      left: typeof i.params["left"] === "string" ? i.params["left"] : "",
      right: typeof i.params["right"] === "string" ? i.params["right"] : "",
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function goldFindings(name: string): Finding[] {
  return disclosureGold(name)
    .findings.map((f) => ({ rule: f.rule, cells: [...f.cells].sort().join(","), left: f.left ?? "", right: f.right ?? "" }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const d06 = () => parseDisclosureReport(disclosureText("d06_hongze_qu_zhengfu_xxgk_2023"));
const d07 = () => parseDisclosureReport(disclosureText("d07_hongze_qu_zhengfu_xxgk_2024"));
const dec = (v: string | number) => new Decimal(v);

describe("validateDisclosure on the four shared reports", () => {
  for (const name of disclosureNames()) {
    it(`${name}: the findings are exactly the gold's`, () => {
      expect(findings(parseDisclosureReport(disclosureText(name)))).toEqual(goldFindings(name));
    });
    it(`${name}: the same findings on the text folded to ASCII`, () => {
      expect(findings(parseDisclosureReport(foldText(disclosureText(name))))).toEqual(goldFindings(name));
    });
  }

  it("names the cells in the issue path and writes messages in Chinese or English", () => {
    const zh = validateDisclosure(d06(), { locale: "zh" });
    expect(zh.map((i) => i.path)).toEqual([
      ["reviews", "reconsideration", "total"],
      ["reviews", "litigationAfterReconsideration", "total"],
    ]);
    expect(zh[0]?.message).toBe("表四“行政复议”：总计为0，维持、纠正、其他结果与尚未审结之和为11");
    expect(zh[0]?.severity).toBe("error");
    expect(validateDisclosure(d06())[0]?.message).toBe("Table 四, administrative reconsideration: the total is 0, upheld + corrected + other + pending is 11");
  });

  it("turns a rule off or changes its severity", () => {
    expect(validateDisclosure(d06(), { severity: { "disclosure.reviews.groupTotal": "off" } })).toEqual([]);
    expect(validateDisclosure(d06(), { severity: { "disclosure.reviews.groupTotal": "warning" } }).map((i) => i.severity)).toEqual(["warning", "warning"]);
  });

  it("gives issues of the Issue schema, from the reader and the checks", () => {
    for (const name of disclosureNames()) {
      const report = parseDisclosureReport(disclosureText(name));
      for (const issue of [...report.issues, ...validateDisclosure(report, { locale: "zh" })]) expect(Issue.safeParse(issue).success).toBe(true);
    }
    const broken = parseDisclosureReport("2022年某某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 2 3");
    expect(broken.issues.length).toBeGreaterThan(0);
    for (const issue of [...broken.issues, ...validateDisclosure(broken)]) expect(Issue.safeParse(issue).success).toBe(true);
  });

  it("is exported beside validate", () => {
    expect(typeof validate).toBe("function");
  });
});

describe("relations with blank cells", () => {
  it("are findings only when no non-negative blank values make them hold", () => {
    const report = d07();
    const group = report.reviews.reconsideration;
    // 总计 2 with 纠正 blank: 1 + x + 0 + 0 = 2 can hold.
    const holds = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, corrected: null } } };
    expect(findings(holds).filter((f) => f.rule === "reviews.groupTotal")).toEqual([]);
    // 维持 3 with 纠正 blank against 总计 2: already over, whatever the blank is.
    const fails = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, upheld: dec(3), corrected: null } } };
    expect(findings(fails).filter((f) => f.rule === "reviews.groupTotal")).toEqual([
      {
        rule: "reviews.groupTotal",
        cells: ["corrected", "other", "pending", "total", "upheld"].map((c) => `reviews.reconsideration.${c}`).join(","),
        left: "2",
        right: "≥3",
      },
    ]);
    // A blank total: the parts are a lower bound of nothing stated.
    const blankTotal = { ...report, reviews: { ...report.reviews, reconsideration: { ...group, total: null } } };
    expect(findings(blankTotal).filter((f) => f.rule === "reviews.groupTotal")).toEqual([]);
  });

  it("hold or fail for any values of the blanks exactly as a search over small values says (property)", () => {
    const report = d07();
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(6), { nil: null }), { minLength: 5, maxLength: 5 }),
        ([upheld, corrected, other, pending, total]) => {
          const group = { upheld, corrected, other, pending, total };
          const cells = Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v === null || v === undefined ? null : dec(v)]));
          const r = { ...report, reviews: { ...report.reviews, reconsideration: cells as DisclosureReport["reviews"]["reconsideration"] } };
          const found = validateDisclosure(r).some((i) => i.code === "disclosure.reviews.groupTotal");
          // Brute force: can blanks in 0..30 make total = sum of parts?
          const values = [upheld, corrected, other, pending, total];
          const blanks = values.filter((v) => v === null || v === undefined).length;
          let possible = false;
          for (let n = 0; n < 31 ** blanks && !possible; n++) {
            let k = n;
            const filled = values.map((v) => {
              if (v !== null && v !== undefined) return v;
              const x = k % 31;
              k = Math.floor(k / 31);
              return x;
            });
            possible = (filled[0] ?? 0) + (filled[1] ?? 0) + (filled[2] ?? 0) + (filled[3] ?? 0) === (filled[4] ?? 0);
          }
          expect(found).toBe(!possible);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("table 三 relations", () => {
  it("finds a broken balance, results sum and row total per column", () => {
    const report = d07();
    const received = [...report.requests.received] as typeof report.requests.received;
    received[0] = dec(96);
    const r = { ...report, textFigures: [], requests: { ...report.requests, received } };
    expect(findings(r).map((f) => [f.rule, f.left, f.right])).toEqual([
      ["requests.balance", "96", "95"],
      ["requests.rowTotal", "95", "96"],
    ]);
    const granted = [...report.requests.granted] as typeof report.requests.granted;
    granted[0] = dec(51);
    granted[6] = dec(51);
    const s = { ...report, textFigures: [], requests: { ...report.requests, granted } };
    expect(findings(s).map((f) => [f.rule, f.left, f.right])).toEqual([
      ["requests.resultsSum", "95", "96"],
      ["requests.resultsSum", "95", "96"],
    ]);
  });

  it("finds negative and fractional counts, not a signed 本年增/减 nor an amount", () => {
    const report = d07();
    const carriedOver = [...report.requests.carriedOver] as typeof report.requests.carriedOver;
    carriedOver[1] = dec(-1);
    carriedOver[2] = dec("1.5");
    const r = { ...report, requests: { ...report.requests, carriedOver } };
    const codes = validateDisclosure(r).filter((i) => i.code === "disclosure.requests.negative").map((i) => i.path.join("."));
    expect(codes).toEqual(["requests.carriedOver.commercial", "requests.carriedOver.research"]);
    const d01 = parseDisclosureReport(disclosureText("d01_shanghai_zfbgt_xxgk_2019"));
    const active = { ...d01.active, licensing: { lastYear: dec(3), change: dec(-3), decisions: dec(0) } } as DisclosureReport["active"];
    expect(validateDisclosure({ ...d01, active }).filter((i) => i.code === "disclosure.active.negative")).toEqual([]);
  });
});

describe("text against tables", () => {
  it("accepts a share rounded half-up or truncated to its decimals, and nothing else", () => {
    const report = d07();
    const share = (value: string) => ({
      ...report,
      textFigures: [{ quote: "予以公开50件，占…", value: dec(value), unit: "%" as const, numerator: ["requests.granted.total"], denominator: ["requests.resultsTotal.total"] }],
    });
    // 50 / 95 = 52.6315…%
    for (const ok of ["52.63", "52.6", "53", "52.631", "52.632"]) expect(findings(share(ok))).toEqual([]);
    for (const wrong of ["52.64", "52.5", "51"]) expect(findings(share(wrong)).map((f) => f.rule)).toEqual(["text.mismatch"]);
  });

  it("reports 均获维持 against pending cases", () => {
    const d01 = parseDisclosureReport(disclosureText("d01_shanghai_zfbgt_xxgk_2019"));
    const upheld = validateDisclosure(d01, { locale: "zh" }).filter((i) => i.code === "disclosure.text.mismatch" && i.params["left"] === "0");
    expect(upheld.map((i) => i.params["right"])).toEqual(["≥2", "≥1"]);
    expect(upheld[0]?.message).toBe("正文“行政复议7件，诉讼9件，均获维持”所述0与表格数据≥2不一致");
    expect(upheld[0]?.span).toBeDefined();
  });
});

describe("document checks", () => {
  it("finds a late report: departments by 1月31日, governments by 3月31日, configurable", () => {
    const d01 = parseDisclosureReport(disclosureText("d01_shanghai_zfbgt_xxgk_2019"));
    const asDepartment = { ...d01, agency: { ...d01.agency, kind: "department" as const }, dates: { ...d01.dates, published: "2020-02-01" } };
    expect(validateDisclosure(asDepartment).filter((i) => i.code === "disclosure.document.late").map((i) => i.params["deadline"])).toEqual(["2020-01-31"]);
    expect(validateDisclosure(asDepartment, { departmentPublishBy: "03-01" }).filter((i) => i.code === "disclosure.document.late")).toEqual([]);
    const government = { ...asDepartment, agency: { ...d01.agency, kind: "government" as const } };
    expect(validateDisclosure(government).filter((i) => i.code === "disclosure.document.late")).toEqual([]);
    const signedLate = { ...government, dates: { ...d01.dates, published: null, signed: "2020-04-02" } };
    expect(validateDisclosure(signedLate).filter((i) => i.code === "disclosure.document.late").map((i) => i.path)).toEqual([["dates", "signed"]]);
  });

  it("finds a missing section, an empty §五 and fees charged but not explained", () => {
    const text = disclosureText("d04_shuyang_xian_zhengfu_xxgk_2025");
    const cut = text.slice(0, text.indexOf("六、其他需要报告的事项"));
    const problems = cut.indexOf("## 五、");
    const damaged = `${cut.slice(0, problems)}## 五、政府信息公开工作存在的主要问题及改进情况\n\n无。\n`;
    const issues = validateDisclosure(parseDisclosureReport(damaged));
    expect(issues.map((i) => i.code).sort()).toEqual([
      "disclosure.document.feeNotExplained",
      "disclosure.document.problemsEmpty",
      "disclosure.document.sectionMissing",
    ]);
    expect(issues.find((i) => i.code === "disclosure.document.sectionMissing")?.path).toEqual(["sections", "other"]);
  });
});

describe("validateDisclosureSeries", () => {
  it("finds nothing across d06 → d07 (结转 0 → 0; 现行有效 5 + 3 − 0 = 8)", () => {
    expect(validateDisclosureSeries([d07(), d06()])).toEqual([]);
  });

  it("finds a carry-over that does not match and a broken 现行有效 continuity (a warning)", () => {
    const before = d06();
    const after = d07();
    const carriedOver = [...after.requests.carriedOver] as typeof after.requests.carriedOver;
    carriedOver[0] = dec(2);
    const active = { ...after.active, normativeDocuments: { issued: dec(3), repealed: dec(0), inForce: dec(9) } } as DisclosureReport["active"];
    const issues = validateDisclosureSeries([before, { ...after, active, requests: { ...after.requests, carriedOver } }], { locale: "zh" });
    expect(issues.map((i) => [i.code, i.severity, i.path.join(".")])).toEqual([
      ["disclosure.series.carryOver", "error", "1.requests.carriedOver.naturalPerson"],
      ["disclosure.series.inForce", "warning", "1.active.normativeDocuments.inForce"],
    ]);
    expect(issues[0]?.message).toBe("2024年“上年结转”（自然人）为2，但2023年“结转下年度继续办理”为0");
    expect(issues[1]?.message).toBe("2024年行政规范性文件现行有效9件，按上年5件加制发3件减废止0件应为8件");
  });

  it("pairs only consecutive years of one agency", () => {
    const after = d07();
    const other = { ...after, agency: { ...after.agency, name: "某某县人民政府", divisionCode: null }, requests: { ...after.requests, carriedOver: after.requests.received } };
    expect(validateDisclosureSeries([d06(), other])).toEqual([]);
    const gap = { ...after, reportingYear: 2025, requests: { ...after.requests, carriedOver: after.requests.received } };
    expect(validateDisclosureSeries([d06(), gap])).toEqual([]);
  });
});
