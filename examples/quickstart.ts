import { Observation, divisionOf, getIndicator, isCreditCode, safeParseModel } from "fazhi";

// A figure from a report, typed and checked: 2006 penalty cases in 2020.
const figure = {
  agency: "nb-haishu-transport",
  indicator: "enforcement.penaltyCases",
  period: 2020,
  quantity: { value: "2006", unit: "件", qualifier: "exact" },
  modality: "actual",
  attribution: "own",
};
const result = safeParseModel(Observation, figure);
if (result.success) {
  const { indicator, quantity } = result.data;
  console.log(getIndicator(indicator).nameZh, quantity.value.toString(), quantity.unit);
}

// A float is not an exact value: the schema refuses it and says why, in Chinese.
const inexact = { ...figure, quantity: { value: 0.1 + 0.2, unit: "件", qualifier: "exact" } };
const refused = safeParseModel(Observation, inexact, { locale: "zh" });
if (!refused.success) {
  for (const issue of refused.issues) console.log(issue.code, issue.path.join("."), issue.message);
}

// Reference data: administrative divisions and unified social credit codes.
const haishu = divisionOf("330203");
console.log(haishu?.province.name, haishu?.prefecture?.name, haishu?.name);
console.log(isCreditCode("11330203MB1025728K"), isCreditCode("11330203MB1025728J"));
