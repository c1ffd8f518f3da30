import fc from "fast-check";
import { indicators } from "../catalog/indicators.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { agencies } from "./agencies.js";
import { valueFor } from "./observations.js";

/** Indicators a generated report states: counts and amounts (rates would need their parts). */
const statable = indicators.filter((i) => i.valueType === "count" || i.valueType === "amount");

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Parsed annual reports valid by construction: a text with a title, an agency, figures
 * (`行政处罚案件数152件。`) and a signing date in the first months of the next year,
 * published within weeks; every quantity's span points at its quote in the text, in the
 * indicator's own unit. `validate` finds nothing wrong with them.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [doc] = fc.sample(parsedDocuments(), 1);
 * doc?.quantities.every((q) => doc.text.slice(q.span?.start, q.span?.end) === q.quote); //=> true
 * ```
 */
export function parsedDocuments(): fc.Arbitrary<ParsedDocument & { readonly text: string }> {
  const figure = fc.constantFrom(...statable).chain((indicator) => valueFor(indicator).map((value) => ({ indicator, value })));
  return fc
    .record({
      agency: agencies(),
      year: fc.integer({ min: 2016, max: 2024 }),
      figures: fc.uniqueArray(figure, { maxLength: 6, selector: (f) => f.indicator.code }),
      signedDay: fc.integer({ min: 5, max: 28 }),
      daysToPublish: fc.integer({ min: 0, max: 20 }),
    })
    .map(({ agency, year, figures, signedDay, daysToPublish }) => {
      const title = `${agency.name}${year}年法治政府建设情况报告`;
      let text = `${title}\n一、主要举措和成效\n`;
      const quantities: ParsedQuantity[] = figures.map(({ indicator, value }) => {
        const number = value.toString();
        const quote = `${number}${indicator.unit}`;
        text += indicator.nameZh;
        const start = text.length;
        text += `${quote}。\n`;
        return {
          quote,
          number,
          value,
          unit: indicator.unit,
          qualifier: "exact",
          modality: "actual",
          subject: indicator.nameZh,
          indicator: indicator.code,
          span: { start, end: start + quote.length },
        };
      });
      const signed = `${year + 1}-01-${pad(signedDay)}`;
      const published = `${year + 1}-02-${pad(Math.min(28, signedDay + daysToPublish))}`;
      text += `${agency.name}\n${year + 1}年1月${signedDay}日\n`;
      return {
        document: `${agency.id}-${year}`,
        documentKind: "annual-report" as const,
        title,
        agency: {
          name: agency.name,
          kind: agency.kind,
          level: agency.level,
          sector: agency.sector,
          region: null,
          divisionCode: agency.divisionCode,
        },
        reportingYear: year,
        dates: { signed, signedRaw: `${year + 1}年1月${signedDay}日`, published, publishedRaw: published },
        anomalies: [],
        quantities,
        tasks: [],
        text,
        issues: [],
      };
    });
}
