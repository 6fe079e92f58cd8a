import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

describe("thumbnails in lists", () => {
  it("are made from WebP, AVIF and GIF pictures too, and a draft's picture not added yet shows none", async () => {
    const picture = (format: "webp" | "avif" | "gif") =>
      sharp({ create: { width: 400, height: 300, channels: 3, background: "#336699" } })
        .toFormat(format)
        .toBuffer();
    const site = makeFixtureSite({
      "webp.md": post('title: "Webp"\ndate: 2026-01-03\nauthor: ana-reyes\nimage: /posts/images/a.webp\nimageAlt: "A"'),
      "avif.md": post('title: "Avif"\ndate: 2026-01-02\nauthor: ana-reyes\nimage: /posts/images/b.avif\nimageAlt: "B"'),
      "gif.md": post('title: "Gif"\ndate: 2026-01-01\nauthor: ana-reyes\nimage: /posts/images/c.gif\nimageAlt: "C"'),
      "coming.md": post(
        'title: "Coming"\ndate: 2026-01-04\nauthor: ana-reyes\ndraft: true\nimage: /posts/images/coming-soon.jpg\nimageAlt: "Soon"',
      ),
    });
    site.write("posts/images/a.webp", await picture("webp"));
    site.write("posts/images/b.avif", await picture("avif"));
    site.write("posts/images/c.gif", await picture("gif"));
    const preview = site.build({ CLINIC_PREVIEW: "true" });
    assert.equal(preview.status, 0, preview.output);
    const archive = site.read("_site/archive/index.html");
    assert.equal(archive.match(/class="post-card__thumb"/g)?.length, 3);
    assert.match(archive, /<li class="post-card">\s*<h3 class="post-card__title"><a href="\/posts\/coming\/">/);
  });

  it("refuse a post's image that is not a picture, with the post and field named", () => {
    const site = makeFixtureSite({
      "sound.md": post(
        'title: "Sound"\ndate: 2026-01-01\nauthor: ana-reyes\nimage: /media/podcast/episode-001.mp3\nimageAlt: "A"',
      ),
    });
    const result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /posts\/sound\.md:\d+: "image" is "\/media\/podcast\/episode-001\.mp3", which is not a JPEG, PNG, WebP, AVIF, GIF or SVG picture/,
    );
  });
});
