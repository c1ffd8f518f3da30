// A value's trip through JSON and back through its schema, for the model's round-trip tests.
import { expect } from "vitest";
import type { z } from "zod";

/** Parses `value` with `schema`, writes it to JSON, parses that again, and expects the same value and the same JSON text. */
export function expectJsonRoundTrip<S extends z.ZodType>(schema: S, value: unknown): void {
  const parsed = schema.parse(value);
  const again = schema.parse(JSON.parse(JSON.stringify(parsed)));
  expect(again).toEqual(parsed);
  // And the JSON is stable: a second trip writes the same text.
  expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
}
