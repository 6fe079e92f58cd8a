import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { checkLinks, collectLinks } from "../../src/linkCheck/index.ts";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

// A site on this machine that answers each way a linked site can: no test reaches the real network.
const ROUTES: Record<string, (method: string) => { status: number; location?: string; waitMs?: number }> = {
  "/ok": () => ({ status: 200 }),
  "/moved": () => ({ status: 301, location: "/ok" }),
  "/gone": () => ({ status: 404 }),
  "/failing": () => ({ status: 500 }),
  "/slow": () => ({ status: 200, waitMs: 3000 }),
  // Servers that refuse HEAD but serve the page.
  "/no-head": (method) => ({ status: method === "HEAD" ? 405 : 200 }),
};

let server: Server;
let site = "";
let refused = "";

before(async () => {
  server = createServer((request, response) => {
    const route = ROUTES[request.url ?? ""]?.(request.method ?? "GET") ?? { status: 404 };
    const timer = setTimeout(() => {
      response.writeHead(route.status, route.location ? { location: route.location } : {});
      response.end(request.method === "HEAD" ? undefined : "<p>page</p>");
    }, route.waitMs ?? 0);
    request.on("close", () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was open a moment ago and is closed now: connections to it are refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise((resolve) => closed.close(resolve));
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const FAST = { timeoutMs: 500, concurrency: 3 };

describe("checking the links the clinic publishes", () => {
  it("passes pages that answer, after a redirect or only to GET; fails 4xx and 5xx; warns of sites it cannot reach", async () => {
    const urls = ["/ok", "/moved", "/no-head", "/gone", "/failing", "/slow"].map((route) => site + route);
    const results = await checkLinks([...urls, refused], FAST);
    const outcomes = results.map((r) =>
      r.outcome === "broken" ? `broken ${r.status}` : r.outcome === "unreachable" ? `unreachable ${r.reason}` : "ok",
    );
    assert.deepEqual(outcomes, [
      "ok",
      "ok",
      "ok",
      "broken 404",
      "broken 500",
      "unreachable timed out after 0.5 s",
      "unreachable ECONNREFUSED",
    ]);
    assert.equal(results[1]!.outcome === "ok" && results[1]!.movedTo, `${site}/ok`);
  });

  it("checks a few at a time, not all at once", async () => {
    let open = 0;
    let most = 0;
    const counting = createServer((_request, response) => {
      most = Math.max(most, ++open);
      setTimeout(() => {
        open--;
        response.end();
      }, 50);
    });
    await new Promise<void>((resolve) => counting.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(counting.address() as AddressInfo).port}`;
    await checkLinks(
      Array.from({ length: 12 }, (_, i) => `${base}/${i}`),
      { timeoutMs: 2000, concurrency: 3 },
    );
    counting.close();
    assert.ok(most <= 3, `${most} requests were open at once`);
  });
});

describe("npm run check-links", () => {
  /** A project holding resources.json and a post that link to `links`. */
  function project(links: { resource: string; spanish: string; source: string; body: string }): string {
    const dir = mkdtempSync(path.join(tmpdir(), "clinic-links-"));
    mkdirSync(path.join(dir, "_data"));
    mkdirSync(path.join(dir, "posts"));
    const resources = [
      {
        id: "health",
        name: "Health",
        description: "Sites we trust.",
        links: [
          {
            title: "A site",
            url: links.resource,
            reason: "It is good.",
            languages: { es: { url: links.spanish } },
          },
        ],
      },
    ];
    writeFileSync(path.join(dir, "_data/resources.json"), JSON.stringify(resources, null, 2));
    writeFileSync(
      path.join(dir, "posts/flu.md"),
      `---\ntitle: "Flu"\nsources:\n  - title: "A source"\n    url: "${links.source}"\n---\n\nRead [the page](${links.body}).\n\n\`\`\`\n[not a link](${links.body}/in-code)\n\`\`\`\n`,
    );
    return dir;
  }
  const run = (cwd: string) =>
    promisify(execFile)(
      path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
      [path.join(PROJECT_ROOT, "scripts/check-links.ts"), "--timeout", "0.5"],
      { cwd, encoding: "utf8" },
    ).then(
      (done) => ({ code: 0, output: done.stdout + done.stderr }),
      (failed: { code: number; stdout: string; stderr: string }) => ({
        code: failed.code,
        output: failed.stdout + failed.stderr,
      }),
    );

  it("finds the links in resources.json, a post's sources and its text, with their lines", () => {
    const dir = project({
      resource: "https://a.example/",
      spanish: "https://a.example/es/",
      source: "https://b.example/",
      body: "https://c.example/page",
    });
    assert.deepEqual(collectLinks(dir), [
      { url: "https://a.example/", file: "_data/resources.json", line: 9, field: "0.links.0.url" },
      { url: "https://a.example/es/", file: "_data/resources.json", line: 13, field: "0.links.0.languages.es.url" },
      { url: "https://b.example/", file: "posts/flu.md", line: 5, field: "sources.0.url" },
      { url: "https://c.example/page", file: "posts/flu.md", line: 8, field: "text" },
    ]);
  });

  it("reads a resources.json nested thousands deep without exhausting the stack", () => {
    const dir = project({
      resource: "https://a.example/",
      spanish: "https://a.example/es/",
      source: "https://b.example/",
      body: "https://c.example/page",
    });
    const deep = `[${'{"a":'.repeat(20_000)}{"url":"https://deep.example/"}${"}".repeat(20_000)}]`;
    writeFileSync(path.join(dir, "_data/resources.json"), deep);
    const found = collectLinks(dir);
    assert.equal(found[0]!.url, "https://deep.example/");
    assert.equal(found[0]!.line, 1);
    assert.equal(found.length, 3);
  });

  it("names each broken link's file, line and field, and fails", async () => {
    const dir = project({
      resource: `${site}/gone`,
      spanish: `${site}/moved`,
      source: `${site}/failing`,
      body: refused,
    });
    const { code, output } = await run(dir);
    assert.equal(code, 1, output);
    assert.match(
      output,
      new RegExp(`broken: _data/resources\\.json:9 \\(0\\.links\\.0\\.url\\): ${site}/gone answers 404 Not Found`),
    );
    assert.match(output, new RegExp(`broken: posts/flu\\.md:5 \\(sources\\.0\\.url\\): ${site}/failing answers 500`));
    assert.match(output, /warning: posts\/flu\.md:8 \(text\): .* could not be reached \(ECONNREFUSED\)/);
    assert.doesNotMatch(output, /moved|in-code/);
    assert.match(output, /4 links checked: 2 broken, 1 could not be reached\./);
  });

  it("only warns when sites cannot be reached, as on a machine that is offline", async () => {
    const dir = project({ resource: `${site}/ok`, spanish: `${site}/slow`, source: refused, body: `${site}/no-head` });
    const { code, output } = await run(dir);
    assert.equal(code, 0, output);
    assert.match(
      output,
      /warning: _data\/resources\.json:13 \(0\.links\.0\.languages\.es\.url\): .*\/slow could not be reached \(timed out after 0\.5 s\)/,
    );
    assert.match(output, /4 links checked: 0 broken, 2 could not be reached\./);
  });
});
