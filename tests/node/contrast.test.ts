import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { brandContrastProblems, contrastRatio } from "../../src/clinicData/contrast.ts";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const colors = JSON.parse(readFileSync(`${PROJECT_ROOT}/_data/clinic.json`, "utf8")).colors;

describe("brand colour contrast", () => {
  it("computes WCAG contrast ratios", () => {
    assert.equal(contrastRatio("#000000", "#ffffff").toFixed(2), "21.00");
    assert.equal(contrastRatio("#767676", "#ffffff").toFixed(2), "4.54"); // the lightest grey that passes on white
    assert.equal(contrastRatio("#ffffff", "#777777").toFixed(2), "4.48");
  });

  it("passes the sample clinic's colours", () => {
    assert.deepEqual(brandContrastProblems(colors), []);
  });

  it("names each colour that is too light, and by how much", () => {
    const problems = brandContrastProblems({ ...colors, muted: "#999999", brandDark: "#7fc8a9" });
    assert.deepEqual(
      problems.map((p) => p.field),
      ["colors.muted", "colors.muted", "colors.brandDark", "colors.brandDark", "colors.brandDark"],
    );
    assert.match(
      problems[0]!.message,
      /is #999999 on background \(#ffffff\): contrast 2\.85:1, below the 4\.5:1 WCAG AA needs for text/,
    );
  });

  it("checks the secondary text on cards and the accent as text (hovered links, draft labels)", () => {
    // Passes on white, not on a darker card colour; an orange that is fine behind white text at 4.5:1 is not.
    const problems = brandContrastProblems({ ...colors, muted: "#6b6b6b", surface: "#dddddd", accent: "#e0661a" });
    assert.deepEqual(
      problems.map((p) => `${p.field} ${p.message.split(":")[0]}`),
      [
        "colors.muted is #6b6b6b on surface (#dddddd)",
        "colors.accent is #e0661a on background (#ffffff)",
        "colors.accent is #e0661a on surface (#dddddd)",
        "colors.accent is #e0661a on white button text (#ffffff)",
      ],
    );
  });

  it("warns in the build, without stopping it", () => {
    const site = makeFixtureSite({ "a.md": post('title: "A"\ndate: 2026-01-01\nauthor: ana-reyes') });
    const clinic = JSON.parse(site.read("_data/clinic.json"));
    site.write("_data/clinic.json", JSON.stringify({ ...clinic, colors: { ...clinic.colors, muted: "#aaaaaa" } }));
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /warning: _data\/clinic\.json: "colors\.muted" is #aaaaaa on background/);
  });
});
