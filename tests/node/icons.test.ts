import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import sharp from "sharp";
import { icoFile } from "../../src/site/icons.ts";
import { makeFixtureSite, post, type Fixture } from "../support/fixtureSite.ts";

const A_POST = { "a.md": post('title: "A"\ndate: 2026-01-01\nauthor: ana-reyes') };

/** The images an ICO file holds: each entry's stated size and its PNG's real size. */
async function icoImages(ico: Buffer) {
  assert.equal(ico.readUInt16LE(2), 1, "an icon file");
  const images = [];
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const entry = 6 + 16 * i;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    const { width, height, format } = await sharp(png).metadata();
    images.push({ stated: ico.readUInt8(entry), width, height, format });
  }
  return images;
}

/** A wide PNG logo in a colour the sample's leaf does not have, put where the site publishes it. */
async function ownLogo(site: Fixture): Promise<string> {
  const png = await sharp({ create: { width: 300, height: 60, channels: 3, background: "#7a1fa2" } })
    .png()
    .toBuffer();
  site.write("posts/media/own-logo.png", png);
  return "/media/own-logo.png";
}

const withClinic = (site: Fixture, change: (clinic: Record<string, unknown>) => void) => {
  const clinic = JSON.parse(site.read("_data/clinic.json"));
  change(clinic);
  site.write("_data/clinic.json", JSON.stringify(clinic, null, 2));
};

describe("the site's icons", () => {
  it("are made from the clinic's icon: /favicon.ico at 16, 32 and 48 px, a 180 px home-screen icon, the SVG linked", async () => {
    const site = makeFixtureSite(A_POST);
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const out = (file: string) => path.join(site.dir, "_site", file);
    assert.deepEqual(
      (await icoImages(readFileSync(out("favicon.ico")))).map(({ stated, width, format }) => [stated, width, format]),
      [
        [16, 16, "png"],
        [32, 32, "png"],
        [48, 48, "png"],
      ],
    );
    const touch = await sharp(out("apple-touch-icon.png")).metadata();
    assert.deepEqual([touch.width, touch.height, touch.hasAlpha], [180, 180, false]);
    const head = readFileSync(out("index.html"), "utf8");
    assert.match(head, /<link rel="icon" href="\/favicon\.ico" sizes="16x16 32x32 48x48">/);
    assert.match(head, /<link rel="icon" href="\/assets\/icon\.svg" type="image\/svg\+xml">/);
    assert.match(head, /<link rel="apple-touch-icon" href="\/apple-touch-icon\.png">/);
    assert.doesNotMatch(result.output, /icon is still the sample/);
  });

  it("come from the logo when the clinic sets no icon: the tab, the home screen and the share cards show it", async () => {
    const site = makeFixtureSite(A_POST);
    const logo = await ownLogo(site);
    withClinic(site, (clinic) => {
      clinic.logo = logo;
      delete clinic.icon;
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const out = (file: string) => path.join(site.dir, "_site", file);
    // The logo's purple, fitted in the middle of each square.
    const middle = async (file: string | Buffer) => {
      const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
      return [...data.subarray(at, at + 3)];
    };
    assert.deepEqual(await middle(out("apple-touch-icon.png")), [0x7a, 0x1f, 0xa2]);
    const ico = readFileSync(out("favicon.ico"));
    const first = ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14));
    assert.deepEqual(await middle(first), [0x7a, 0x1f, 0xa2]);
    const head = readFileSync(out("index.html"), "utf8");
    assert.doesNotMatch(head, /type="image\/svg\+xml"/, "a PNG logo is not announced as SVG");
    assert.match(head, /<img eleventy:ignore src="\/media\/own-logo\.png"|<img src="\/media\/own-logo\.png"/);
    // The site's share card draws the mark at the left of its footer (72 px in, 56 px wide).
    const card = await sharp(out("social/site.png")).raw().toBuffer({ resolveWithObject: true });
    const footerRow = card.info.height - 32 - 56;
    const purple = Array.from({ length: 56 }, (_, x) => (footerRow * card.info.width + 72 + x) * card.info.channels)
      .map((at) => [...card.data.subarray(at, at + 3)])
      .filter(([r, g, b]) => r === 0x7a && g === 0x1f && b === 0xa2);
    assert.ok(purple.length > 40, `the card's footer shows the logo (${purple.length} purple pixels)`);
  });

  it("warn when the clinic has its own logo but the sample's leaf as its icon", async () => {
    const site = makeFixtureSite(A_POST);
    const logo = await ownLogo(site);
    withClinic(site, (clinic) => (clinic.logo = logo));
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(
      result.output,
      /warning: _data\/clinic\.json: icon is still the sample clinic's leaf \("\/assets\/icon\.svg"\) while logo is your own: set icon to a square version of your logo/,
    );
  });

  it("must be a picture the site publishes: a clear error names the field and the fix", () => {
    const site = makeFixtureSite(A_POST);
    site.write("posts/media/icon.gif", "GIF89a");
    withClinic(site, (clinic) => (clinic.icon = "/media/icon.gif"));
    let result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /_data\/clinic\.json.*icon.*is "\/media\/icon\.gif": use a file ending in \.svg, \.png/,
    );
    withClinic(site, (clinic) => (clinic.icon = "/assets/../../etc/passwd.png"));
    result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(result.output, /_data\/clinic\.json.*icon.*leads outside _includes\/assets\//);
    assert.ok(!existsSync(path.join(site.dir, "_site/favicon.ico")), "a failed build writes no icons");
  });

  it("must hold the picture its name says: a PNG named .jpg or a text named .png is refused before drawing", async () => {
    const site = makeFixtureSite(A_POST);
    site.write(
      "posts/media/logo.jpg",
      await sharp({ create: { width: 9, height: 9, channels: 3, background: "#000" } })
        .png()
        .toBuffer(),
    );
    site.write("posts/media/icon.png", "not a picture");
    withClinic(site, (clinic) => {
      clinic.logo = "/media/logo.jpg";
      clinic.icon = "/media/icon.png";
    });
    const result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /_data\/clinic\.json: "logo" is "\/media\/logo\.jpg", but the file is not a JPEG picture: save it again as JPEG/,
    );
    assert.match(
      result.output,
      /_data\/clinic\.json: "icon" is "\/media\/icon\.png", but the file is not a PNG picture: save it again as PNG/,
    );
  });

  it("that cannot be drawn (a picture of absurd size) stop the build with the field and the fix", () => {
    const site = makeFixtureSite(A_POST);
    site.write(
      "posts/media/huge.svg",
      '<svg xmlns="http://www.w3.org/2000/svg" width="30000" height="30000"><rect width="30000" height="30000"/></svg>',
    );
    withClinic(site, (clinic) => (clinic.icon = "/media/huge.svg"));
    const result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(
      result.output,
      /_data\/clinic\.json: "icon" is "\/media\/huge\.svg", which could not be drawn as the site's icons \(.+\): save it again as a plain SVG, PNG or JPEG of a sensible size/,
    );
    assert.ok(!existsSync(path.join(site.dir, "_site/favicon.ico")), "nothing half-written");
  });

  it("an ICO file states each image's size and where its PNG starts", () => {
    const ico = icoFile([
      { size: 16, png: Buffer.from("a") },
      { size: 256, png: Buffer.from("bc") },
    ]);
    assert.deepEqual([ico.readUInt16LE(4), ico.readUInt8(6), ico.readUInt8(22)], [2, 16, 0]);
    assert.deepEqual([ico.readUInt32LE(18), ico.readUInt32LE(34)], [38, 39]);
    assert.equal(ico.subarray(38).toString(), "abc");
  });
});
