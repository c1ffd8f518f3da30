import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { packDecimals, unpackDecimals } from "../../src/node/transfer.js";

describe("packDecimals and unpackDecimals", () => {
  const value = {
    quantities: [{ quote: "罚款１２１万元", value: new Decimal("1210000"), unit: "元" }, { quote: "办结率99.5%", value: new Decimal("99.5") }],
    title: "某县2022年法治政府建设情况报告",
    year: 2022,
    signed: null,
  };

  it("replace every Decimal with a tagged string that survives structured cloning", () => {
    const packed = structuredClone(packDecimals(value));
    expect(packed).toMatchObject({ quantities: [{ value: { $fazhiDecimal: "1210000" } }, { value: { $fazhiDecimal: "99.5" } }] });
    const back = unpackDecimals(packed) as typeof value;
    expect(back.quantities[0]?.value).toBeInstanceOf(Decimal);
    expect(back.quantities[1]?.value.toString()).toBe("99.5");
    expect(back).toEqual(value);
  });

  it("revive a structured clone in place, and copy only own keys when packing", () => {
    const clone = structuredClone(packDecimals(value)) as { quantities: { value: unknown }[] };
    const list = clone.quantities;
    expect(unpackDecimals(clone)).toBe(clone);
    expect(clone.quantities).toBe(list);
    expect(list[0]?.value).toBeInstanceOf(Decimal);
    expect(unpackDecimals({ $fazhiDecimal: "1.50" })).toEqual(new Decimal("1.5"));
    const inherited = Object.assign(Object.create({ hidden: new Decimal(1) }) as object, { own: new Decimal(2) });
    expect(packDecimals(inherited)).toEqual({ own: { $fazhiDecimal: "2" } });
  });

  it("leave plain values as they are", () => {
    for (const plain of [null, undefined, 0, "", "１２１", true]) {
      expect(packDecimals(plain)).toBe(plain);
      expect(unpackDecimals(plain)).toBe(plain);
    }
    expect(unpackDecimals([])).toEqual([]);
  });

  it("unpack only an object with the tag as its one string key", () => {
    expect(unpackDecimals({ $fazhiDecimal: 5 })).toEqual({ $fazhiDecimal: 5 });
    expect(unpackDecimals({ $fazhiDecimal: "5", unit: "件" })).toEqual({ $fazhiDecimal: "5", unit: "件" });
  });
});
