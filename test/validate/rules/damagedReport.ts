// d04 with its §六 cut off and its §五 emptied: a report missing a section, with nothing said of problems and fees unexplained.
import { text } from "./disclosureReports.js";

/** d04's text, damaged as above. */
export function damagedD04(): string {
  const whole = text("d04");
  const cut = whole.slice(0, whole.indexOf("六、其他需要报告的事项"));
  const problems = cut.indexOf("## 五、");
  return `${cut.slice(0, problems)}## 五、政府信息公开工作存在的主要问题及改进情况\n\n无。\n`;
}
