// The workers behind parseReports and createReportPool: how many, what an answer means, and that
// they start and stop.
import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { Decimal } from "../../src/model/decimal.js";
import { packDecimals } from "../../src/node/transfer.js";
import { checkPaths, concurrencyOf, resultOf, startWorkers, stopWorkers } from "../../src/node/workers.js";

describe("concurrencyOf", () => {
  it("takes a whole number from 1, the machine's parallelism by default, and names the caller in its RangeError", () => {
    expect(concurrencyOf(3, "f")).toBe(3);
    expect(concurrencyOf(undefined, "f")).toBe(availableParallelism());
    for (const bad of [0, -2, 1.5, Number.NaN]) expect(() => concurrencyOf(bad, "someCaller")).toThrow(/^someCaller: concurrency must be a whole number from 1/);
  });
});

describe("checkPaths", () => {
  it("takes a list of strings, and names the caller and the first bad path in its TypeError", () => {
    expect(() => checkPaths([], "f")).not.toThrow();
    expect(() => checkPaths(["a.txt", "b.txt"], "f")).not.toThrow();
    expect(() => checkPaths("a.txt", "someCaller")).toThrow(new TypeError("someCaller: paths must be a list of file paths, not string"));
    expect(() => checkPaths(["a.txt", 7, null], "f")).toThrow(new TypeError("f: paths[1] must be a file path (a string), not number"));
  });
});

describe("resultOf", () => {
  it("revives a worker's answer, and throws the reader's own fault with the file's path", () => {
    const answer = structuredClone(packDecimals({ path: "a.txt", ok: true, document: { quantities: [{ value: new Decimal("1.5") }] } }));
    const file = resultOf("a.txt", answer) as unknown as { document: { quantities: { value: Decimal }[] } };
    expect(file.document.quantities[0]?.value).toEqual(new Decimal("1.5"));
    expect(() => resultOf("b.txt", { failed: "boom" })).toThrow("fazhi: parseReports failed on b.txt: boom");
  });
});

describe("startWorkers and stopWorkers", () => {
  it("start workers that answer a job with its number, and stop them", async () => {
    const workers = startWorkers(2, null);
    expect(workers).toHaveLength(2);
    const answers = await Promise.all(
      workers.map(
        ({ port }, k) =>
          new Promise<unknown>((resolve) => {
            port.once("message", resolve);
            port.postMessage({ index: 40 + k, path: "no/such/file.txt", reportUtf8Guess: true });
          }),
      ),
    );
    expect(answers).toMatchObject([
      { index: 40, result: { ok: false, issue: { code: "file.unreadable" } } },
      { index: 41, result: { ok: false, issue: { code: "file.unreadable" } } },
    ]);
    const exits = workers.map(({ worker }) => new Promise<number>((resolve) => worker.once("exit", resolve)));
    await stopWorkers(workers);
    expect(await Promise.all(exits)).toHaveLength(2);
  });
});
