import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { load } from "js-yaml";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

// Forks deploy with these files; they cannot run here, so their promises are checked as data.
const read = (file: string) => readFileSync(`${PROJECT_ROOT}/${file}`, "utf8");
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps?: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
};
const workflow = (file: string) => load(read(file)) as Workflow;
const runs = (w: Workflow) =>
  Object.values(w.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? step.uses ?? ""));

describe("deploy and CI configuration for forks", () => {
  // Every documented deploy path keeps .cache/: without it each build is a first build (see the README).
  const keepsCache = (w: Workflow, command: string) => {
    const steps = Object.values(w.jobs).flatMap((job) => job.steps ?? []);
    const cache = steps.findIndex((step) => step.uses?.startsWith("actions/cache") && step.with?.path === ".cache");
    return cache >= 0 && cache < steps.findIndex((step) => step.run === command);
  };

  it("tests every pull request with npm test, keeping .cache/ between runs", () => {
    const test = workflow(".github/workflows/test.yml");
    assert.ok("pull_request" in test.on);
    assert.ok(runs(test).includes("npm test"));
    assert.ok(keepsCache(test, "npm test"));
  });

  it("checks the links once a week and by hand, in a job of its own that runs on nothing else", () => {
    const test = workflow(".github/workflows/test.yml");
    const schedule = test.on.schedule as { cron: string }[];
    assert.match(schedule[0]?.cron ?? "", /^\d+ \d+ \* \* [0-6]$/, "a weekly cron");
    assert.ok("workflow_dispatch" in test.on);
    const jobs = Object.values(test.jobs);
    const checksLinks = (job: Workflow["jobs"][string]) =>
      (job.steps ?? []).some((s) => s.run === "npm run check-links");
    const links = jobs.filter(checksLinks);
    assert.equal(links.length, 1);
    assert.equal(links[0]!.if, "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    // A pull request runs the tests and never the link check; the schedule runs the link check only.
    const tests = jobs.find((job) => (job.steps ?? []).some((s) => s.run === "npm test"))!;
    assert.equal(tests.if, "github.event_name != 'schedule'");
    assert.ok(!checksLinks(tests));
    assert.ok(!read("package.json").match(/"build": "[^"]*check-links/), "the build never checks links");
  });

  it("builds and publishes _site/ to GitHub Pages on main and on a daily schedule", () => {
    const deploy = workflow(".github/workflows/deploy.yml");
    assert.deepEqual((deploy.on.push as { branches: string[] }).branches, ["main"]);
    const schedule = deploy.on.schedule as { cron: string }[];
    assert.match(schedule[0]?.cron ?? "", /^\d+ \d+ \* \* \*$/, "a daily cron");
    assert.ok(runs(deploy).includes("npm run build"));
    const upload = Object.values(deploy.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.uses?.startsWith("actions/upload-pages-artifact"));
    assert.equal(upload?.with?.path, "_site");
    assert.ok(runs(deploy).some((step) => step.startsWith("actions/deploy-pages")));
    assert.ok(keepsCache(deploy, "npm run build"), "the daily rebuild reuses share cards from .cache/");
  });

  it("gives Netlify the same build and folder, keeping .cache/ with a cache plugin", () => {
    const netlify = read("netlify.toml");
    assert.match(netlify, /command = "npm run build"/);
    assert.match(netlify, /publish = "_site"/);
    assert.match(
      netlify,
      /\[\[plugins\]\]\s+package = "netlify-plugin-cache"\s+\[plugins\.inputs\]\s+paths = \["\.cache"\]/,
    );
  });

  it("has a CI script that installs Chromium when missing, then runs npm ci and npm test", () => {
    const ci = read(".ci/run");
    assert.match(ci, /apt-get install -y[^\n]* chromium/);
    assert.ok(ci.indexOf("npm ci") < ci.indexOf("npm test"));
  });
});
