/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report in a real browser: Debian's chromium driven by playwright-core, with a CJK font
// (fonts-wqy-microhei) so that Chinese renders. `.ci/run` installs both when missing.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse/parseReport.js";
import { fazhiReport } from "../../src/render/fazhiReport.js";
import { reportToHtml } from "../../src/render/reportToHtml.js";

const executablePath = "/usr/bin/chromium";
const hasChromium = existsSync(executablePath);
const hasCjkFont = existsSync("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
if (!hasChromium) console.warn(`\n⚠ browser test skipped: no ${executablePath} (apt-get install chromium fonts-wqy-microhei)\n`);

describe.runIf(hasChromium)("the HTML report in Chromium", () => {
  let context: BrowserContext;
  let profile = "";
  let page = "";

  beforeAll(async () => {
    const dir = new URL("../../examples/reports/", import.meta.url);
    const docs = readdirSync(dir).sort().map((f) => parseReport(readFileSync(new URL(f, dir), "utf8"), { document: f }));
    profile = mkdtempSync(join(tmpdir(), "fazhi-chromium-"));
    page = join(profile, "fazhi-report.html");
    writeFileSync(page, reportToHtml(fazhiReport(docs)));
    context = await chromium.launchPersistentContext(join(profile, "user-data"), {
      executablePath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1100, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(width: number) {
    const tab = await context.newPage();
    await tab.setViewportSize({ width, height: 900 });
    const errors: string[] = [];
    const requests: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    tab.on("pageerror", (e) => errors.push(e.message));
    tab.on("request", (r) => requests.push(r.url()));
    await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
    return { tab, errors, requests };
  }

  it("draws every table and chart with a size, with no console error and no request leaving the page", async () => {
    const { tab, errors, requests } = await open(1100);
    const sizes = await tab.evaluate(() =>
      [...document.querySelectorAll("table, svg")].map((e) => {
        const box = e.getBoundingClientRect();
        return { tag: e.tagName, width: box.width, height: box.height };
      }),
    );
    expect(sizes.filter((s) => s.tag === "svg").length).toBeGreaterThan(3);
    expect(sizes.filter((s) => s.tag === "TABLE").length).toBeGreaterThan(10);
    for (const s of sizes) expect(s.width * s.height, JSON.stringify(s)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(page).href]);
    // Chinese is drawn with a CJK font, not as empty boxes: a run of Chinese is as wide as its characters.
    const width = await tab.evaluate(() => {
      const span = document.createElement("span");
      span.textContent = "法治政府建设";
      document.body.append(span);
      return span.getBoundingClientRect().width;
    });
    expect(width).toBeGreaterThan(6 * 10);
    mkdirSync(artifacts, { recursive: true });
    await tab.screenshot({ path: join(artifacts, "report.png") });
    await tab.screenshot({ path: join(artifacts, "report-full.png"), fullPage: true });
    if (!hasCjkFont) console.warn("⚠ fonts-wqy-microhei is not installed: Chinese may render with another font");
    await tab.close();
  });

  it("fits a phone's width: only tables scroll sideways, inside their box", async () => {
    const { tab } = await open(390);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tab.screenshot({ path: join(artifacts, "report-phone.png") });
    await tab.close();
  });

  it("prints to PDF", async () => {
    const { tab } = await open(1100);
    const pdf = await tab.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await tab.close();
  });
});
