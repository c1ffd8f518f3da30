import { describe, expect, it } from "vitest";
import { renderMessage } from "../../src/model/renderMessage.js";

describe("renderMessage", () => {
  it("fills each {name} with its param, numbers too", () => {
    expect(renderMessage("公开日期{date}晚于规定期限{deadline}", { date: "2021-07-02", deadline: "2021-04-01" })).toBe("公开日期2021-07-02晚于规定期限2021-04-01");
    expect(renderMessage("{n}天，超过{limit}天", { n: 544, limit: 90 })).toBe("544天，超过90天");
  });

  it("leaves a placeholder without a param as written", () => {
    expect(renderMessage("日期“{raw}”书写不规范，{readingZh}", { raw: "2022225" })).toBe("日期“2022225”书写不规范，{readingZh}");
  });

  it("never fills a placeholder from Object's prototype", () => {
    expect(renderMessage("{constructor} {toString} {__proto__}", {})).toBe("{constructor} {toString} {__proto__}");
  });
});
