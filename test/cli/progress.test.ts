// progressBar: drawn in place on a terminal for many steps, silent otherwise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress.js";

function terminal(isTTY = true) {
  const frames: string[] = [];
  return { frames, stream: { isTTY, write: (s: string) => frames.push(s) } };
}

describe("progressBar", () => {
  it("draws only on a terminal and for many files", () => {
    let out = "";
    const tty = { isTTY: true, write: (s: string) => (out += s) };
    const bar = progressBar(tty, 10);
    for (let i = 0; i < 10; i++) bar.tick();
    bar.done();
    expect(out).toContain("10/10");
    out = "";
    progressBar(tty, 3).tick();
    progressBar({ isTTY: false, write: (s: string) => (out += s) }, 100).tick();
    expect(out).toBe("");
  });

  it("draws the empty bar at once, redraws it in place at each step, and clears the line when done", () => {
    const { frames, stream } = terminal();
    const bar = progressBar(stream, 12);
    expect(frames).toEqual([`\r读取 reading [${"·".repeat(24)}] 0/12`]);
    for (let i = 0; i < 6; i++) bar.tick();
    expect(frames.at(-1)).toBe(`\r读取 reading [${"█".repeat(12)}${"·".repeat(12)}] 6/12`);
    for (let i = 0; i < 6; i++) bar.tick();
    expect(frames.at(-1)).toBe(`\r读取 reading [${"█".repeat(24)}] 12/12`);
    bar.done();
    expect(frames).toHaveLength(14);
    expect(frames.at(-1)).toBe("\r\x1b[K");
  });

  it("writes a message on a line of its own above the bar, which it redraws; without a bar, the message alone", () => {
    const { frames, stream } = terminal();
    const bar = progressBar(stream, 12);
    bar.tick();
    bar.message("fazhi: x.pdf: 不是文本文件（二进制） not a text file (binary)");
    expect(frames.slice(-2)).toEqual(["\r\x1b[Kfazhi: x.pdf: 不是文本文件（二进制） not a text file (binary)\n", `\r读取 reading [${"█".repeat(2)}${"·".repeat(22)}] 1/12`]);
    const pipe = terminal(false);
    progressBar(pipe.stream, 100).message("fazhi: y.txt: 无法读取 cannot be read");
    expect(pipe.frames).toEqual(["fazhi: y.txt: 无法读取 cannot be read\n"]);
  });

  it("draws from `threshold` steps on (default 10), not below; a stream with no isTTY is no terminal", () => {
    const nine = terminal();
    progressBar(nine.stream, 9).tick();
    const ten = terminal();
    progressBar(ten.stream, 10).tick();
    expect([nine.frames.length, ten.frames.length]).toEqual([0, 2]);
    const low = terminal();
    progressBar(low.stream, 2, 2).done();
    expect(low.frames).toEqual([`\r读取 reading [${"·".repeat(24)}] 0/2`, "\r\x1b[K"]);
    const pipe: string[] = [];
    const silent = progressBar({ write: (s: string) => pipe.push(s) }, 100, 1);
    silent.tick();
    silent.done();
    expect(pipe).toEqual([]);
  });

  it("fills the 24 cells in proportion to the steps done", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 500 }).chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total }))), ([total, done]) => {
        const { frames, stream } = terminal();
        const bar = progressBar(stream, total);
        for (let i = 0; i < done; i++) bar.tick();
        const frame = frames.at(-1) ?? "";
        const cells = /\[(█*)(·*)\]/.exec(frame);
        expect([cells?.[1]?.length, (cells?.[1]?.length ?? 0) + (cells?.[2]?.length ?? 0)]).toEqual([Math.round((done / total) * 24), 24]);
        expect(frame.endsWith(` ${done}/${total}`)).toBe(true);
      }),
    );
  });
});
