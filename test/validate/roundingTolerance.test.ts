import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { roundingTolerance } from "../../src/validate/roundingTolerance.js";

describe("roundingTolerance", () => {
  it("is one unit of the stated value's last decimal place", () => {
    expect(roundingTolerance(new Decimal("85.98")).toString()).toBe("0.01");
    expect(roundingTolerance(new Decimal("85.8")).toString()).toBe("0.1");
    expect(roundingTolerance(new Decimal("86")).toString()).toBe("1");
  });

  it("lets the rounded and the truncated forms of a share pass, and nothing further", () => {
    const share = new Decimal(1216).dividedBy(1417).times(100); // 85.8151…
    const within = (stated: string) => share.minus(stated).abs().lessThanOrEqualTo(roundingTolerance(new Decimal(stated)));
    expect(["85.82", "85.81", "85.8", "86"].every(within)).toBe(true);
    expect(within("85.98")).toBe(false);
  });
});
