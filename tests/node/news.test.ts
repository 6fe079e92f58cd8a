import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blogStep } from "../../src/blog/step.ts";
import type { Post } from "../../src/content/post.ts";
import type { SiteData } from "../../src/clinicData/loadSiteData.ts";
import type { PostSchemaContext } from "../../src/content/postSchema.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

const kindField = blogStep.fields!.shape({} as PostSchemaContext, {} as SiteData).kind!;
const complete = (kind: Post["kind"], data: Record<string, unknown>) =>
  blogStep.complete!({ kind } as Omit<Post, "state">, data, {} as SiteData);

describe("kind: news, the policy and news posts", () => {
  it("takes blog or news, and names both for anything else", () => {
    assert.equal(kindField.safeParse("news").success, true);
    assert.equal(kindField.safeParse("blog").success, true);
    assert.equal(kindField.safeParse(undefined).success, true, "a post without kind: is a blog post");
    const wrong = kindField.safeParse("opinion");
    assert.equal(
      wrong.error?.issues[0]?.message,
      'is "opinion", which is not a kind of post: use one of blog, news (or leave it out for a blog post)',
    );
  });

  it("marks a news post, and leaves tips and episodes their own kinds", () => {
    assert.deepEqual(complete("post", { kind: "news" }), { post: { news: true } });
    assert.deepEqual(complete("post", { kind: "blog" }), {});
    assert.deepEqual(complete("post", {}), {});
    assert.match(
      complete("tip", { kind: "news" }).problems?.[0]?.message ?? "",
      /is set on a tip, which is always a tip/,
    );
    assert.match(
      complete("post", { kind: "news", podcast: {} }).problems?.[0]?.message ?? "",
      /is news on an episode, which is always an episode/,
    );
  });

  it("warns when a translation is not of the same kind as its original", () => {
    const site = makeFixtureSite({
      "hours.md": post('title: "New hours"\ndate: 2026-10-01\nauthor: tom-becker\nkind: news'),
      "es/horario.md": post('title: "Nuevo horario"\ndate: 2026-10-01\nauthor: tom-becker\ntranslationOf: hours'),
    });
    const { status, output } = site.build();
    assert.equal(status, 0, output);
    assert.match(
      output,
      /warning: posts\/es\/horario\.md: "kind" is not news, but posts\/hours\.md, which this translates, is \(kind: news\): add kind: news here too/,
    );
  });

  it("stops the build naming the file, line and the kinds there are", () => {
    const site = makeFixtureSite({
      "hours.md": post('title: "New hours"\ndate: 2026-10-01\nauthor: tom-becker\nkind: opinion'),
    });
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /posts\/hours\.md:5: "kind" is "opinion", which is not a kind of post: use one of blog, news/);
  });
});
