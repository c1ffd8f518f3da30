import { describe, expect, it } from "vitest";
import { compositeScore } from "../../src/aggregate/compositeScore.js";
import { compositeScoreTable } from "../../src/aggregate/compositeScoreTable.js";
import { Table } from "../../src/model/table.js";
import { agencies, exampleReports, obs } from "./helpers.js";

describe("compositeScoreTable", () => {
  const figures = [obs("daoli", "enforcement.penaltyCases", 10), obs("daowai", "enforcement.penaltyCases", 20), obs("daoli", "litigation.lossRate", 5), obs("daowai", "litigation.lossRate", 15, { qualifier: "approx" })];

  it("ranks the scores in their order, with the components as notes (inverted ones marked)", () => {
    const table = compositeScoreTable(compositeScore(figures), { agencies });
    expect(table.rows.map((r) => [r.cells["rank"], r.cells["agency"]?.kind === "dimension" && r.cells["agency"].label])).toEqual([
      [{ kind: "count", value: 1 }, "道里区人民政府"],
      [{ kind: "count", value: 2 }, "道外区人民政府"],
    ]);
    expect(table.rows[0]?.notes).toEqual(["行政处罚案件数 0", "行政诉讼败诉率 1 (反向)"]);
    expect(table.rows[0]?.cells["components"]).toEqual({ kind: "count", value: 2 });
  });

  it("labels the single peer group 全部 and marks a score built on an approximate figure", () => {
    const table = compositeScoreTable(compositeScore(figures));
    expect(table.rows[0]?.cells["peerGroup"]).toEqual({ kind: "dimension", value: "", label: "全部" });
    expect(table.rows[0]?.cells["score"]).toMatchObject({ kind: "estimate", qualifier: "approx", unit: null });
    const exact = compositeScoreTable(compositeScore(figures.slice(0, 2), { agencies, peerGroup: ["level"] }));
    expect(exact.rows[0]?.cells["score"]).toMatchObject({ qualifier: "exact" });
    expect(exact.rows[0]?.cells["peerGroup"]).toMatchObject({ value: "county", label: null });
  });
});

describe("compositeScoreTable of the example reports", () => {
  it("is a valid Table, ranked, with components in the notes", () => {
    const { agencies: reporting, observations } = exampleReports();
    const table = compositeScoreTable(compositeScore(observations, { agencies: reporting }), { agencies: reporting });
    expect(Table.safeParse(table).success).toBe(true);
    expect(table.rows.map((r) => r.cells["rank"])).toEqual(table.rows.map((_, i) => ({ kind: "count", value: i + 1 })));
    expect(table.rows[0]?.notes.length).toBeGreaterThan(0);
  });
});
