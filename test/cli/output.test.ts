// outputTo and jsonAt: a command's result written piece by piece, to the terminal or a file, and JSON
// written a member at a time that is what toJson writes of the whole.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonAt, outputTo } from "../../src/cli/output.js";
import { Decimal } from "../../src/model/decimal.js";
import { toJson } from "../../src/render/tableToJson.js";
import { memoryIo } from "../helpers/cliIo.js";

describe("outputTo", () => {
  it("writes to stdout without --out, bytes as their UTF-8 text", () => {
    const { io, written } = memoryIo();
    const output = outputTo(io, undefined);
    output.write("罚款");
    output.write(new TextEncoder().encode("121万元"));
    output.close();
    expect(written.stdout).toBe("罚款121万元");
  });

  it("makes the file with the first piece and appends the others", () => {
    const { io, written } = memoryIo(false, true);
    const output = outputTo(io, "a.csv");
    output.write("a,b\r\n");
    output.write("1,2\r\n");
    output.close();
    expect([written.files.get("a.csv"), written.pieces.get("a.csv")]).toEqual(["a,b\r\n1,2\r\n", 2]);
    const bytes = outputTo(io, "b.parquet");
    bytes.write(new Uint8Array([1, 2]));
    bytes.write(new Uint8Array([3]));
    bytes.close();
    expect([...(written.bytes.get("b.parquet") ?? [])]).toEqual([1, 2, 3]);
  });

  it("writes the file whole at close for an io without appendFile, and an empty file for no piece", () => {
    const { io, written } = memoryIo();
    const text = outputTo(io, "a.json");
    text.write("[");
    text.write("]\n");
    expect(written.files.has("a.json")).toBe(false);
    text.close();
    expect([written.files.get("a.json"), written.pieces.get("a.json")]).toEqual(["[]\n", 1]);
    const mixed = outputTo(io, "m.bin");
    mixed.write("PA");
    mixed.write(new Uint8Array([0x52, 0x31]));
    mixed.close();
    expect(new TextDecoder().decode(written.bytes.get("m.bin"))).toBe("PAR1");
    const appending = memoryIo(false, true);
    outputTo(appending.io, "none.txt").close();
    outputTo(io, "none.txt").close();
    expect([appending.written.files.get("none.txt"), written.files.get("none.txt")]).toEqual(["", ""]);
  });
});

describe("outputTo, a file written piece by piece", () => {
  it("writes FILE.part and renames it to FILE at close: an earlier FILE stays whole until then", () => {
    const { io, written } = memoryIo(false, true);
    io.writeFile("a.csv", "earlier\r\n");
    const output = outputTo(io, "a.csv");
    output.write("a,b\r\n");
    output.write("1,2\r\n");
    expect([written.files.get("a.csv"), written.files.get("a.csv.part")]).toEqual(["earlier\r\n", "a,b\r\n1,2\r\n"]);
    output.close();
    expect([written.files.get("a.csv"), written.files.has("a.csv.part"), written.pieces.get("a.csv")]).toEqual(["a,b\r\n1,2\r\n", false, 2]);
    output.close(); // once only
    expect(written.files.get("a.csv")).toBe("a,b\r\n1,2\r\n");
  });

  it("removes FILE.part when discarded (the command failed midway) and leaves FILE as it was", () => {
    const { io, written } = memoryIo(false, true);
    io.writeFile("a.json", "[1]\n");
    const output = outputTo(io, "a.json");
    output.write("[\n  2");
    output.discard();
    expect([...written.files]).toEqual([["a.json", "[1]\n"]]);
    expect(() => output.write("]")).toThrow(new TypeError("outputTo: a write after close or discard (a.json)"));
    // Discarded after close: the file stays.
    const whole = outputTo(io, "b.json");
    whole.write("[]\n");
    whole.close();
    whole.discard();
    expect(written.files.get("b.json")).toBe("[]\n");
  });

  it("names FILE, not FILE.part, in a file system error, and leaves no FILE.part when the rename fails", () => {
    const { io, written } = memoryIo(false, true);
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x/a.csv.part'"), { code: "ENOENT", syscall: "open", path: "x/a.csv.part" });
    const failing = outputTo({ ...io, writeFile: () => { throw enoent; } }, "x/a.csv");
    expect(() => failing.write("a")).toThrow(expect.objectContaining({ code: "ENOENT", path: "x/a.csv" }));
    const eisdir = Object.assign(new Error("EISDIR: illegal operation on a directory, rename"), { code: "EISDIR", syscall: "rename", path: "d.part", dest: "d" });
    const renaming = outputTo({ ...io, rename: () => { throw eisdir; } }, "d");
    renaming.write("a");
    expect(() => renaming.close()).toThrow(expect.objectContaining({ code: "EISDIR", path: "d" }));
    expect(written.files.has("d.part")).toBe(false);
  });
});

describe("jsonAt", () => {
  it("writes an array a member at a time as toJson writes it whole (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), (values) => {
        const streamed = `[\n  ${values.map((value) => jsonAt(value, 1)).join(",\n  ")}\n]\n`;
        expect(streamed).toBe(toJson(values));
      }),
    );
  });

  it("writes a Decimal as toJson does, and strings with line breaks escaped, not indented", () => {
    expect(jsonAt({ value: new Decimal("1210000.50"), quote: "罚款\n121万元" }, 2)).toBe('{\n      "value": "1210000.5",\n      "quote": "罚款\\n121万元"\n    }');
  });
});
