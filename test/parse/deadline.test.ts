import { describe, expect, it } from "vitest";
import { deadlineDate, isDeadlinePhrase } from "../../src/parse/deadline.js";
import { growth } from "../helpers/growth.js";

describe("deadlineDate", () => {
  it.each([
    ["2024年12月底前完成", "2024-12-31"],
    ["2024年6月", "2024-06-30"],
    ["2023年2月底前", "2023-02-28"],
    ["2024年2月底前", "2024-02-29"],
    ["2100年2月", "2100-02-28"],
    ["2024年10月31日前", "2024-10-31"],
    ["2024年底前", "2024-12-31"],
    ["2024年年底前", "2024-12-31"],
    ["2024年上半年", "2024-06-30"],
    ["2024年第一季度", "2024-03-31"],
    ["2024年三季度", "2024-09-30"],
    ["2024年", "2024-12-31"],
    ["2024年3月启动，2025年6月底前完成", "2025-06-30"],
    ["2024年3月至6月", "2024-06-30"],
    ["2024年3月至6月底", "2024-06-30"],
    ["2024年3-6月", "2024-06-30"],
    ["2024年10—12月", "2024-12-31"],
    ["2024年3月~2024年9月", "2024-09-30"],
    ["2024年3月到11月15日", "2024-11-15"],
    ["2024年3月至年底", "2024-12-31"],
    ["2024年4月至第三季度末", "2024-09-30"],
    ["2024年下半年", "2024-12-31"],
    ["2024年第二季度", "2024-06-30"],
    ["2024年6月启动实施", "2024-06-30"],
    ["2024年3月启动,6月底前完成", "2024-06-30"],
    ["2024年11月中旬", "2024-11-20"],
    ["2024年6月上旬前", "2024-06-10"],
    ["2024年2月下旬", "2024-02-29"],
    ["2024年3月至6月中旬", "2024-06-20"],
    ["2024年6月底前完成初稿,9月底前印发实施", "2024-09-30"],
    ["2024年6月底前完成,每月报送进展", "2024-06-30"],
  ])("%s is by %s", (written, day) => {
    expect(deadlineDate(written)).toBe(day);
  });

  it("reads a range without its year in the plan's year", () => {
    expect(deadlineDate("3月至6月", 2024)).toBe("2024-06-30");
    expect(deadlineDate("3-6月底前", 2024)).toBe("2024-06-30");
    expect(deadlineDate("上半年", 2024)).toBe("2024-06-30");
    expect(deadlineDate("10月中旬前", 2024)).toBe("2024-10-20");
    expect(deadlineDate("持续推进", 2024)).toBeNull();
    expect(deadlineDate("长期坚持", 2024)).toBeNull();
  });

  it("reads a long text in linear time", () => {
    const text = (n: number) => "2024年3月至6月，".repeat(n);
    expect(deadlineDate(text(100))).toBe("2024-06-30");
    expect(growth((t: string) => deadlineDate(t), text(2_000), text(8_000))).toBeLessThan(10);
  });

  it.each([["持续推进"], ["长期坚持"], ["6月底前"], ["2024年13月"], ["2024年2月30日"], ["2024年4月0日"], [""]])("%s names no day", (written) => {
    expect(deadlineDate(written)).toBeNull();
  });
});

describe("isDeadlinePhrase", () => {
  it.each([["2024年6月底前完成"], ["2024年12月底前"], ["2024年3月至6月"], ["2024年3-6月"], ["2024年第三季度末前"], ["6月底前办结"], ["2024年10月31日以前"], ["2024年上半年"]])(
    "%s is a deadline alone",
    (piece) => {
      expect(isDeadlinePhrase(piece)).toBe(true);
    },
  );

  it.each([["2024年6月底前完成全市行政执法案卷评查"], ["完成"], ["持续推进"], ["底前完成"], ["2024年开展评查"], [`${"2024年6月".repeat(5)}`]])("%s is not", (piece) => {
    expect(isDeadlinePhrase(piece)).toBe(false);
  });
});
