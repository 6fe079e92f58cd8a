import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { loadSiteData } from "../../src/clinicData/loadSiteData.ts";
import { checkText } from "../../src/guardrails/check.ts";
import { languageNames } from "../../src/site/languageNames.ts";
import { makeFixtureSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

// The sample file as parsed, to be spoiled field by field.
type Json = Record<string, any>;
const sample = (): Json[] => JSON.parse(readFileSync(path.join(PROJECT_ROOT, "_data/resources.json"), "utf8"));

/** The site data of a copy of the sample clinic whose resources.json is `resources`. */
function loadWith(resources: unknown) {
  const site = makeFixtureSite({});
  site.write("_data/resources.json", typeof resources === "string" ? resources : JSON.stringify(resources, null, 2));
  return loadSiteData(site.dir);
}

describe("the recommended links in _data/resources.json", () => {
  it("reports every wrong field at once, naming the file and the field", () => {
    const resources = sample();
    resources[0]!.links[0].url = "http://medlineplus.gov/";
    resources[0]!.links[1].reason = "";
    resources[1]!.links[0].url = "javascript:alert(1)";
    resources[1]!.id = "Support Groups";
    resources[2]!.links[0].inLanguage = ["english"];
    resources[3]!.links[0].phone = "call us";
    resources[3]!.id = resources[0]!.id;
    resources[2]!.links[1].reason = "A very long reason. ".repeat(15);
    delete resources[2]!.name;
    const { data, problems } = loadWith(resources);
    assert.equal(data, undefined);
    const said = problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    const expect = [
      /^_data\/resources\.json 0\.links\.0\.url: must be the full https:\/\/ address/,
      /^_data\/resources\.json 0\.links\.1\.reason: is empty: add one line on why the clinic recommends it/,
      /^_data\/resources\.json 1\.links\.0\.url: must be the full https:\/\//,
      /^_data\/resources\.json 1\.id: must be lowercase letters, digits and dashes/,
      /^_data\/resources\.json 2\.links\.0\.inLanguage\.0: is "english", which is not a language code/,
      /^_data\/resources\.json 3\.links\.0\.phone: is "call us", which is not one phone number/,
      /^_data\/resources\.json 2\.links\.1\.reason: is \d+ characters: keep the reason to one line/,
      /^_data\/resources\.json 2\.name: is missing: the category's name/,
    ];
    for (const pattern of expect)
      assert.ok(
        said.some((line) => pattern.test(line)),
        `${pattern}\n${said.join("\n")}`,
      );
  });

  it("names a category id used twice, once its other fields are right", () => {
    const resources = sample();
    resources[3]!.id = resources[0]!.id;
    const said = loadWith(resources).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    assert.deepEqual(said, [
      '_data/resources.json 3.id: is "health-information", the id of an earlier category too: give each category its own',
    ]);
  });

  it("says what is wrong with a file that is not JSON", () => {
    const { problems } = loadWith('[{ "id": "x", }]');
    assert.equal(problems[0]?.file, "_data/resources.json");
    assert.match(problems[0]!.message, /is not valid JSON .*: check commas, quotes and brackets/);
  });

  it("gives each language the clinic's words, and the main language's with a warning where they are missing", () => {
    const resources = sample();
    delete resources[1]!.languages.es;
    delete resources[1]!.links[1].languages.es;
    const { data, warnings } = loadWith(resources);
    const es = data!.languages.byCode.get("es")!.resources;
    assert.equal(es[0]!.name, "Información de salud confiable");
    assert.equal(es[1]!.name, "Mental health and support", "falls back to the main language's name");
    assert.match(es[1]!.links[1]!.reason, /^Free classes/);
    // The Spanish address of a site that has one.
    assert.equal(es[1]!.links[0]!.url, "https://988lifeline.org/es/");
    assert.equal(data!.languages.main.resources[1]!.links[0]!.url, "https://988lifeline.org/");
    const warning = warnings.find((w) => w.file === "_data/resources.json");
    assert.match(
      warning?.message ?? "",
      /has no "es" words for 1\.languages\.es, 1\.links\.1\.languages\.es\.reason: /,
    );
  });

  it("is optional: a clinic without the file has no resources", () => {
    const site = makeFixtureSite({});
    rmSync(path.join(site.dir, "_data/resources.json"));
    const { data } = loadSiteData(site.dir);
    assert.deepEqual(data!.languages.main.resources, []);
  });

  it("names the languages a site is in, in the reader's language", () => {
    assert.equal(languageNames(["en", "es"], "en-US"), "English and Spanish");
    assert.equal(languageNames(["en", "es"], "es-US"), "inglés y español");
    assert.equal(languageNames(["vi"], "en-US"), "Vietnamese");
  });
});

describe("the checker on resources.json", () => {
  const clinic = { phones: ["+15550100123"], emailDomains: [], street: "1200 Mill Street", staffNames: [] };
  it("reads the reasons and descriptions, in every language, and not the addresses or phone numbers", () => {
    const resources = sample();
    resources[3]!.links[0].reason = "Maria Lopez, born 03/14/1961, picks up food here every week.";
    resources[0]!.languages.es.description = "Llame a Rosa al 555-201-3344 sobre su expediente.";
    const text = JSON.stringify(resources, null, 2);
    const findings = checkText("_data/resources.json", text, { clinic });
    const rules = findings.map((f) => `${f.line}: ${f.rule}`);
    const lineOf = (words: string) => text.split("\n").findIndex((line) => line.includes(words)) + 1;
    assert.ok(rules.includes(`${lineOf("Maria Lopez")}: phi/birth-date`), rules.join("\n"));
    assert.ok(rules.includes(`${lineOf("Llame a Rosa")}: phi/phone`), rules.join("\n"));
    // The food bank's own number and every address are given on purpose.
    assert.ok(!findings.some((f) => f.line === lineOf('"phone"') || f.line === lineOf('"url"')), rules.join("\n"));
  });
});
