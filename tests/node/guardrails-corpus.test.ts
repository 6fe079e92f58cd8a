import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { clinicFacts } from "../../src/guardrails/run.ts";
import { loadSiteData } from "../../src/clinicData/loadSiteData.ts";
import { scoreCorpus } from "../../scripts/bench-checker/score.ts";
import {
  CLEAN,
  FLAGGED,
  KNOWN_RULES,
  PLANNED_RULES,
  SPANISH_CLEAN,
  SPANISH_FLAGGED,
  type RuleId,
} from "../guardrails-corpus/index.ts";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

const RULE_IDS: readonly string[] = [...KNOWN_RULES, ...PLANNED_RULES];

describe("the guardrails corpus (tests/guardrails-corpus/)", () => {
  it("has at least 120 texts to flag, covering every rule, and at least 80 to pass", () => {
    assert.ok(FLAGGED.length >= 120, `${FLAGGED.length} texts to flag`);
    assert.ok(CLEAN.length >= 80, `${CLEAN.length} texts to pass`);
    const uncovered = RULE_IDS.filter((rule) => !FLAGGED.some((entry) => entry.rule === rule));
    assert.deepEqual(uncovered, []);
  });

  it("has at least 60 Spanish texts, 25 to flag and 25 to pass, covering the patient-data and advice rules", () => {
    assert.ok(SPANISH_FLAGGED.length >= 25, `${SPANISH_FLAGGED.length} Spanish texts to flag`);
    assert.ok(SPANISH_CLEAN.length >= 25, `${SPANISH_CLEAN.length} Spanish texts to pass`);
    assert.ok(SPANISH_FLAGGED.length + SPANISH_CLEAN.length >= 60);
    // Not the IP address rule: an IP address is written the same in every language.
    const uncovered = RULE_IDS.filter(
      (rule) => rule !== "phi/ip-address" && !SPANISH_FLAGGED.some((entry) => entry.rule === rule),
    );
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
 * What the checker scores on the corpus, as `npm run bench:checker` last printed it (2026-11-30, then with the
 * Spanish texts added): a floor per rule, so no change makes a rule worse, and issue 16's promise: a recall of
 * at least 98 % and no false positive. Whoever improves a rule raises its number with it.
 */
const CAUGHT_AT_LEAST: Record<RuleId, number> = {
  "phi/ssn": 26,
  "phi/record-number": 9,
  "phi/member-id": 7,
  "phi/account-number": 5,
  "phi/birth-date": 13,
  "phi/phone": 8,
  "phi/email": 8,
  "phi/street-address": 6,
  "phi/ip-address": 5,
  "phi/id-number": 6,
  "case/patient-story": 23,
  "case/person-details": 31,
  "advice/dosing": 21,
  "advice/medication-change": 12,
  "advice/diagnosis": 11,
  "advice/delay-emergency": 37,
};
// Issue 16: recall of at least 98 % (166 of 168 caught on 2026-11-30; 228 of 230 with the Spanish texts).
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

  it("catches every Spanish text to flag and passes every Spanish clean text", () => {
    const spanish = scoreCorpus(SPANISH_FLAGGED, SPANISH_CLEAN, clinicFacts(site));
    assert.deepEqual(
      {
        missed: spanish.missed.map(({ case: entry }) => `${entry.rule}: ${entry.text.slice(0, 60)}`),
        falsePositives: spanish.falsePositives.map(({ case: entry }) => entry.text.slice(0, 60)),
      },
      { missed: [], falsePositives: [] },
    );
  });

  it("flags none of the ordinary clinic texts", () => {
    const flagged = score.falsePositives.map(
      ({ case: entry, findings }) => `${entry.text.slice(0, 60)}: ${findings.map((f) => f.rule).join(", ")}`,
    );
    assert.ok(flagged.length <= FALSE_POSITIVES_AT_MOST, `clean texts with findings:\n${flagged.join("\n")}`);
  });
});
