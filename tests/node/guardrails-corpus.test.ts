import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { clinicFacts } from "../../src/guardrails/run.ts";
import { loadSiteData } from "../../src/clinicData/loadSiteData.ts";
import { scoreCorpus } from "../../scripts/bench-checker/score.ts";
import { CLEAN, FLAGGED, KNOWN_RULES, PLANNED_RULES, type RuleId } from "../guardrails-corpus/index.ts";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

const RULE_IDS: readonly string[] = [...KNOWN_RULES, ...PLANNED_RULES];

describe("the guardrails corpus (tests/guardrails-corpus/)", () => {
  it("has at least 120 texts to flag, covering every rule, and at least 80 to pass", () => {
    assert.ok(FLAGGED.length >= 120, `${FLAGGED.length} texts to flag`);
    assert.ok(CLEAN.length >= 80, `${CLEAN.length} texts to pass`);
    const uncovered = RULE_IDS.filter((rule) => !FLAGGED.some((entry) => entry.rule === rule));
    assert.deepEqual(uncovered, []);
  });

  it("labels every text with a rule the checker has or issue 16 plans", () => {
    assert.deepEqual(
      FLAGGED.filter((entry) => !RULE_IDS.includes(entry.rule)).map((entry) => entry.rule),
      [],
    );
  });

  it("holds every text once", () => {
    const texts = [...FLAGGED, ...CLEAN].map((entry) => entry.text);
    assert.deepEqual(
      texts.filter((text, i) => texts.indexOf(text) !== i),
      [],
    );
  });

  it("says where each text sits, and each is written as such a file would be", () => {
    for (const entry of [...FLAGGED, ...CLEAN]) {
      const name = entry.text.slice(0, 60);
      if (entry.where === "transcript") {
        assert.match(entry.file ?? "", /^[\w-]+\.(?:vtt|srt)$/, `a transcript needs file: "x.vtt" or "x.srt": ${name}`);
        assert.ok(/-->/.test(entry.text), `a transcript has cue timings: ${name}`);
      } else {
        assert.equal(entry.file, undefined, `only transcripts name a file: ${name}`);
        const parsed = readFrontMatter(entry.text);
        // The kit refuses YAML aliases outright (no post needs one), which is how those texts are stopped.
        const refusedAlias =
          "spelling" in entry && entry.spelling === "yaml-alias" && !parsed.ok && /YAML alias/.test(parsed.message);
        if (entry.where === "front-matter")
          assert.ok(
            parsed.ok || refusedAlias,
            `front matter that parses (${parsed.ok ? "" : parsed.message}): ${name}`,
          );
        else assert.ok(!entry.text.startsWith("---"), `a body text has no front matter of its own: ${name}`);
      }
    }
  });

  it("covers front matter, body and transcripts for the checker to read", () => {
    for (const where of ["body", "front-matter", "transcript"] as const) {
      assert.ok(FLAGGED.filter((entry) => entry.where === where).length >= 3, `flagged texts in ${where}`);
    }
  });
});

/**
 * What the checker scores on the corpus, as `npm run bench:checker` last printed it (2026-11-30): a floor per
 * rule, so no change makes a rule worse, and issue 16's promise: a recall of at least 98 % and no false
 * positive. Whoever improves a rule raises its number with it.
 */
const CAUGHT_AT_LEAST: Record<RuleId, number> = {
  "phi/ssn": 24,
  "phi/record-number": 6,
  "phi/member-id": 5,
  "phi/account-number": 4,
  "phi/birth-date": 10,
  "phi/phone": 7,
  "phi/email": 6,
  "phi/street-address": 4,
  "phi/ip-address": 5,
  "phi/id-number": 5,
  "case/patient-story": 11,
  "case/person-details": 22,
  "advice/dosing": 14,
  "advice/medication-change": 8,
  "advice/diagnosis": 7,
  "advice/delay-emergency": 28,
};
// Issue 16: recall of at least 98 % (166 of 168 caught on 2026-11-30).
const RECALL_AT_LEAST = 0.98;
const FALSE_POSITIVES_AT_MOST = 0;

describe("the checker on the corpus", () => {
  const site = loadSiteData(PROJECT_ROOT).data;
  assert.ok(site, "the sample clinic's data loads");
  const score = scoreCorpus(FLAGGED, CLEAN, clinicFacts(site));

  it("catches at least 98 % of the texts to flag, and no rule catches fewer than it did", () => {
    const caught = Object.fromEntries(score.perRule.map((row) => [row.rule, row.caught]));
    const worse = Object.entries(CAUGHT_AT_LEAST).filter(([rule, floor]) => (caught[rule] ?? 0) < floor);
    assert.deepEqual(worse, [], "rules that now catch fewer corpus texts (rule, floor)");
    const recall = score.total.caught / score.total.cases;
    assert.ok(
      recall >= RECALL_AT_LEAST,
      `${score.total.caught} of ${score.total.cases} caught (${(recall * 100).toFixed(1)} %), goal ${RECALL_AT_LEAST * 100} %`,
    );
  });

  it("flags none of the ordinary clinic texts", () => {
    const flagged = score.falsePositives.map(
      ({ case: entry, findings }) => `${entry.text.slice(0, 60)}: ${findings.map((f) => f.rule).join(", ")}`,
    );
    assert.ok(flagged.length <= FALSE_POSITIVES_AT_MOST, `clean texts with findings:\n${flagged.join("\n")}`);
  });
});
