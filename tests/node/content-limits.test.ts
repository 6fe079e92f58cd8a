import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse as parseCsv } from "csv-parse/sync";
import { toCsv } from "../../src/social/csv.ts";
import { truncateToFit } from "../../src/social/text.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

const parsed = (csv: string): string[][] => parseCsv(csv, { bom: true, relax_column_count: true });

describe("CSV files a spreadsheet opens", () => {
  it("start a cell that a spreadsheet would run as a formula with a quote, and leave other text as it is", () => {
    const risky = ['=HYPERLINK("https://evil.example","x")', "+1 555", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"];
    const plain = ["Flu shots are here", "Kids' health: 5 tips", "2026-11-26", 'Say "hello"', ""];
    const [row] = parsed(toCsv([[...risky, ...plain]]));
    assert.deepEqual(row, [...risky.map((cell) => `'${cell}`), ...plain]);
  });

  it("hold a post titled with a formula as text in the build's schedule.csv", () => {
    const title = '=HYPERLINK("https://evil.example","x")';
    const site = makeFixtureSite({ "evil.md": post(`title: '${title}'\ndate: 2026-01-01\nauthor: ana-reyes`) });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const rows = parsed(site.read("_site/social/schedule.csv")).slice(1);
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.ok(row[2]!.startsWith(`'${title}`), `not neutralised: ${row[2]}`);
      assert.ok(row.every((cell) => !/^[=+\-@\t\r]/.test(cell)), `a cell could run as a formula: ${row.join(" | ")}`);
    }
  });
});

describe("fitting a long text to a share text's length", () => {
  it("counts only starts near the length that fits, never the whole text", () => {
    const text = "Wash your hands often. ".repeat(9000);
    const counted: number[] = [];
    const fitted = truncateToFit(text, (candidate) => counted.push(candidate.length) > 0 && candidate.length <= 280);
    assert.ok(fitted.length <= 280 && fitted.length > 250 && fitted.endsWith("often…"), fitted);
    assert.ok(Math.max(...counted) < 1000, `counted texts of ${Math.max(...counted)} characters`);
  });
});
