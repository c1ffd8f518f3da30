import * as z from "zod";

/**
 * What `readPartially` keeps of a value that broke its object schema: every
 * field that reads on its own, `null` for one that does not (a nested object
 * read field by field in turn), and of a list only its valid elements, with
 * their indices in the value (so that paths still point into it).
 *
 * @internal
 */
export interface PartialRead {
  /** The fields that read, `null` for those that did not. */
  readonly data: Record<string, unknown>;
  /** For each list field, the index in the value of each element kept. */
  readonly kept: Readonly<Record<string, readonly number[]>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tryParse(schema: z.ZodType, value: unknown): { ok: true; data: unknown } | { ok: false } {
  try {
    const result = schema.safeParse(value);
    return result.success ? { ok: true, data: result.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads a value that failed an object schema as far as it can, so that the
 * checks which do not depend on a broken field still run. Linear in the value.
 *
 * @internal
 */
export function readPartially(schema: z.ZodObject, value: Record<string, unknown>): PartialRead {
  const data: Record<string, unknown> = {};
  const kept: Record<string, readonly number[]> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    let raw: unknown;
    try {
      raw = Object.hasOwn(value, key) ? value[key] : undefined;
    } catch {
      raw = undefined;
    }
    const whole = tryParse(field, raw);
    if (whole.ok) {
      if (whole.data !== undefined) data[key] = whole.data;
      if (Array.isArray(whole.data)) kept[key] = whole.data.map((_, i) => i);
      continue;
    }
    if (field instanceof z.ZodArray && Array.isArray(raw)) {
      const items: unknown[] = [];
      const indices: number[] = [];
      raw.forEach((item, i) => {
        const read = tryParse(field.element as z.ZodType, item);
        if (read.ok) {
          items.push(read.data);
          indices.push(i);
        }
      });
      data[key] = items;
      kept[key] = indices;
    } else if (field instanceof z.ZodObject && isRecord(raw)) {
      data[key] = readPartially(field, raw).data;
    } else {
      data[key] = null;
    }
  }
  return { data, kept };
}
