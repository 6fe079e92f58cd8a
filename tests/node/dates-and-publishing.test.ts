import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { buildModeFrom, buildNow } from "../../src/content/buildContext.ts";
import { formatDisplayDate, formatIsoDate, parseClinicDate } from "../../src/lib/dates.ts";
import { isVisible, publishState } from "../../src/content/publishing.ts";

const CHICAGO = "America/Chicago";

function clinicDate(text: string, zone = CHICAGO): DateTime {
  const parsed = parseClinicDate(text, zone);
  assert.ok(parsed.ok, text);
  return parsed.value;
}

describe("dates in the clinic's time zone", () => {
  it("reads a calendar date as midnight at the clinic, not in UTC", () => {
    assert.equal(clinicDate("2026-03-01").toUTC().toISO(), "2026-03-01T06:00:00.000Z");
    assert.equal(clinicDate("2026-07-01").toUTC().toISO(), "2026-07-01T05:00:00.000Z"); // daylight saving time
    assert.equal(clinicDate("2026-03-01", "Pacific/Honolulu").toUTC().toISO(), "2026-03-01T10:00:00.000Z");
  });

  it("shows the date the editor wrote, whatever the build machine's zone", () => {
    const date = clinicDate("2026-03-01");
    assert.equal(formatDisplayDate(date, CHICAGO, "en-US"), "March 1, 2026");
    assert.equal(formatIsoDate(date, CHICAGO), "2026-03-01");
    assert.equal(formatDisplayDate(date, CHICAGO, "es-US"), "1 de marzo de 2026");
  });

  it("accepts the YAML date object older tools produce, as that calendar day", () => {
    const parsed = parseClinicDate(new Date(Date.UTC(2026, 2, 1)), CHICAGO);
    assert.ok(parsed.ok);
    assert.equal(formatIsoDate(parsed.value, CHICAGO), "2026-03-01");
  });
});

describe("drafts and scheduled posts", () => {
  const post = (date: string, draft = false) => ({ date: clinicDate(date), draft });

  it("publishes a post dated today or earlier", () => {
    const now = DateTime.fromISO("2026-11-26T12:00:00", { zone: CHICAGO });
    assert.equal(publishState(post("2026-11-26"), now), "published");
    assert.equal(publishState(post("2025-01-01"), now), "published");
  });

  it("holds back a post dated in the future", () => {
    const now = DateTime.fromISO("2026-11-26T12:00:00", { zone: CHICAGO });
    assert.equal(publishState(post("2026-11-27"), now), "scheduled");
    assert.equal(publishState(post("2026-11-26 15:00"), now), "scheduled");
  });

  it("compares in the clinic's time zone: after midnight UTC it is still yesterday in Chicago", () => {
    // 03:00 UTC on the 27th is 21:00 on the 26th in Chicago: tomorrow's post must wait.
    const now = DateTime.fromISO("2026-11-27T03:00:00Z");
    assert.equal(publishState(post("2026-11-27"), now), "scheduled");
    assert.equal(publishState(post("2026-11-27"), DateTime.fromISO("2026-11-27T06:00:00Z")), "published");
  });

  it("never publishes a draft, even an old one", () => {
    const now = DateTime.fromISO("2030-01-01T00:00:00Z");
    assert.equal(publishState(post("2020-01-01", true), now), "draft");
  });

  it("shows only published posts in production, and everything in the editor's preview", () => {
    assert.equal(isVisible("published", "production"), true);
    assert.equal(isVisible("draft", "production"), false);
    assert.equal(isVisible("scheduled", "production"), false);
    assert.equal(isVisible("draft", "preview"), true);
    assert.equal(isVisible("scheduled", "preview"), true);
  });

  it("treats npm start (Eleventy serve or watch) as preview and a build as production", () => {
    assert.equal(buildModeFrom("serve", {}), "preview");
    assert.equal(buildModeFrom("watch", {}), "preview");
    assert.equal(buildModeFrom("build", {}), "production");
    assert.equal(buildModeFrom(undefined, {}), "production");
    assert.equal(buildModeFrom("build", { CLINIC_PREVIEW: "true" }), "preview");
  });

  it("lets CLINIC_NOW pin the build's clock, and refuses a value that is not a date-time", () => {
    assert.equal(buildNow({ CLINIC_NOW: "2026-11-26T12:00:00-06:00" }).toUTC().toISO(), "2026-11-26T18:00:00.000Z");
    assert.throws(
      () => buildNow({ CLINIC_NOW: "tomorrow" }),
      /CLINIC_NOW is "tomorrow", which is not an ISO date-time/,
    );
  });
});
