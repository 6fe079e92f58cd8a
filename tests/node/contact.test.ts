import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { directionsUrl, telHref } from "../../src/site/contact.ts";

describe("contact links", () => {
  it("dial a number as people write it", () => {
    assert.equal(telHref("(555) 010-0199"), "tel:5550100199");
    assert.equal(telHref(" +1 555.010.0123 "), "tel:+15550100123");
    assert.equal(telHref("988"), "tel:988");
  });

  it("search the map for the whole address, escaped for a URL", () => {
    const url = new URL(
      directionsUrl({ street: "12 Elm St & Rt 5", city: "Riverbend", region: "OR", postalCode: "97000" }),
    );
    assert.equal(url.origin, "https://www.openstreetmap.org");
    assert.equal(url.searchParams.get("query"), "12 Elm St & Rt 5, Riverbend, OR 97000");
  });
});
