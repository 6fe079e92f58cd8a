import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { hash } from "node:crypto";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { checkText, RULES } from "../../src/guardrails/check.ts";
import type { ClinicFacts } from "../../src/guardrails/finding.ts";
import { holdsSpanish } from "../../src/guardrails/rules/spanish.ts";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const clinic: ClinicFacts = {
  phones: ["15550100123", "15550100199"],
  emailDomains: ["riverbend-health.example"],
  street: "1200 Mill Street",
  staffNames: ["Ana Reyes", "James Okafor", "Priya Shah", "Tom Becker"],
};
const rulesIn = (text: string, frontMatter: Record<string, unknown> = {}) =>
  checkText("posts/x.md", text, { clinic, frontMatter }).map((f) => f.rule);

// For every rule: texts it must flag, and near misses that ordinary health education is full of.
const EXAMPLES: Record<string, { flag: string[]; pass: string[] }> = {
  "phi/ssn": {
    flag: ["Her SSN is 123-45-6789.", "SSN: 123456789 on the form", "Write 078-05-1120 on the card."],
    pass: [
      "Call (555) 010-0123 to book.",
      "We opened on 2026-03-01.",
      "Adults need 150 minutes a week of activity.",
      "Scores of 100 20 2000 are common.",
      "Version 123.45.6789 is out.",
    ],
  },
  "phi/record-number": {
    flag: ["MRN: 00482913", "Medical record number 44-20193", "Chart # A83921 was updated."],
    pass: [
      "Keep a record of your blood pressure.",
      "Chart your sleep for two weeks.",
      "Your medical record is private.",
    ],
  },
  "phi/member-id": {
    flag: [
      "Medicaid ID: 948372615",
      "member number XGH82736401",
      "Medicare number 1EG4-TE5-MK73",
      "His Medicaid ID is 847261935.",
      "Her card reads 2HJ9 UW3 PT81.",
    ],
    pass: [
      "Bring your Medicaid card to the visit.",
      "Ask about our member discounts.",
      "Medicare covers a yearly flu shot.",
      "Your member ID is on the front of your card.",
      "Our support group is 2024's biggest.",
    ],
  },
  "phi/account-number": {
    flag: ["account number 7731-2290-11", "Acct #: 88120934", "billing number 5500231"],
    pass: [
      "Take into account your sleep.",
      "Ask billing about a payment plan.",
      "Open an account on the patient portal.",
    ],
  },
  "phi/birth-date": {
    flag: ["DOB: 04/12/1961", "born on March 3, 1970", "date of birth 1988-07-14"],
    pass: [
      "On March 3 we opened our new wing.",
      "Babies born in winter need warm layers.",
      "The clinic was born in 1998 from a church basement.",
    ],
  },
  "phi/phone": {
    flag: ["Call her at 312-555-0142.", "Fax: (773) 555-0199", "text him on +1 415 555 2671"],
    pass: ["Call us at (555) 010-0123.", "In an emergency, call 911.", "Call or text 988 for a mental health crisis."],
  },
  "phi/email": {
    flag: [
      "Write to maria.lopez@gmail.com",
      "her address is jdoe@example.org",
      "contact patient77@yahoo.com",
      "Email jlee [at] example [dot] org.",
    ],
    pass: [
      "Email hello@riverbend-health.example with ideas.",
      "Our team reads every note.",
      "Use the portal to message your care team.",
      "Write to hello [at] riverbend-health [dot] example.",
      "Meet us [at] the park.",
    ],
  },
  "phi/street-address": {
    flag: ["She lives at 42 Oak Street.", "Visit him at 1530 N Elm Avenue", "delivered to 7 Willow Lane"],
    pass: ["We are at 1200 Mill Street.", "Walk 2 blocks a day.", "Take 5 deep breaths on the way."],
  },
  "phi/ip-address": {
    flag: [
      "logged in from 192.168.1.20",
      "IP 10.0.0.7 again",
      "from 203.0.113.45 yesterday",
      "from 2001:db8:85a3::8a2e:370:7334 every night",
    ],
    pass: [
      "Version 1.2.3 of the app",
      "Aim for 7.5 hours of sleep.",
      "Drink 8 cups of water.",
      "The race starts at 10:30:15 sharp.",
      "Read John 3:16 and Psalm 23:1-6.",
      "abc:def:fed is a word game.",
    ],
  },
  "phi/id-number": {
    flag: [
      "driver's license: D123-4567-8901",
      "VIN 1HGCM82633A004352 in the lot",
      "device serial #: SN48291AX",
      "Her licence plate, 7 KJD 219, was in the photo.",
    ],
    pass: [
      "Bring a photo ID to your visit.",
      "Check the car seat's label for its expiry date.",
      "Get your license renewed before the trip.",
      "Fill half your plate with vegetables.",
      "A plate of 2 eggs is 12 g of protein.",
      "Fill your plate: 2 CUPS of veggies.",
    ],
  },
  "case/patient-story": {
    flag: [
      "One of our patients told us about her fall.",
      "Last week a patient came in with a rash.",
      "My patient asked me about it.",
    ],
    pass: [
      "Patients can book online.",
      "Ask your clinician about your own health.",
      "Our walking group meets on Tuesdays.",
    ],
  },
  "case/person-details": {
    flag: [
      "Maria, 54, started walking again.",
      "John was diagnosed with diabetes last spring.",
      "Rosa had a knee replacement in May.",
    ],
    pass: [
      "Dr. Ana Reyes, our medical director, answers questions.",
      "James Okafor, RDN, runs our cooking class.",
      "Adults over 65 need a yearly flu shot.",
    ],
  },
  "advice/dosing": {
    flag: [
      "Take 500 mg of ibuprofen every 6 hours.",
      "Give your child 5 mL twice a day.",
      "Use 2 puffs of your inhaler before exercise.",
    ],
    pass: [
      "Adults need 150 minutes a week of activity.",
      "The MMR vaccine is given in two doses.",
      "Ask your pharmacist how much to give your child.",
    ],
  },
  "advice/medication-change": {
    flag: [
      "Stop taking your blood pressure medicine if you feel dizzy.",
      "You should double your dose on sick days.",
      "- Skip your insulin when you fast.",
    ],
    pass: [
      "Do not stop taking a medicine without talking to your clinician.",
      "Advice to stop taking a medicine your clinician prescribed is a red flag.",
      "Bring a list of your medicines to every visit.",
    ],
  },
  "advice/diagnosis": {
    flag: [
      "You have strep throat.",
      "If it hurts, then you probably have an infection.",
      "You likely have high blood pressure.",
    ],
    pass: [
      "If you have diabetes, check your feet every day.",
      "People who have asthma should carry an action plan.",
      "The flu vaccine protects you every season.",
    ],
  },
  "advice/delay-emergency": {
    flag: [
      "Don't call 911 for chest pain; it's probably heartburn.",
      "Seizures? Ride it out at home.",
      "If your newborn has a fever, it can wait until the clinic opens on Monday.",
      "Feeling suicidal at night? Sleep on it and call us tomorrow.",
      "A baby’s fever can wait.",
      "Your chest hurts after dinner. That's heartburn: sleep it off.",
    ],
    pass: [
      "Call 911 right away if you have chest pain. A stubbed toe can wait until morning.",
      "Don't wait and see with stroke signs like face drooping: call 911.",
      "Chest pain? Call 911, unlock the door and wait for the ambulance.",
      "No need to call ahead for a flu shot: just walk in.",
      "Stay home if you have a cold, but go to the ER if you have trouble breathing.",
      "Heartburn can wait, but chest pain cannot.",
      "Poison Help is open 24 hours, so you never have to wait until morning.",
    ],
  },
};

describe("guardrail rules", () => {
  it("every rule has its examples", () => {
    assert.deepEqual(
      Object.keys(EXAMPLES).sort(),
      RULES.map((rule) => rule.id)
        .filter((id) => id !== "case/consent-incomplete")
        .sort(),
    );
  });

  for (const [rule, { flag, pass }] of Object.entries(EXAMPLES)) {
    it(`${rule} flags what it should and leaves the near misses alone`, () => {
      for (const text of flag)
        assert.ok(
          rulesIn(text).includes(rule),
          `should flag: ${text} (found: ${rulesIn(text).join(", ") || "nothing"})`,
        );
      for (const text of pass) assert.deepEqual(rulesIn(text), [], `should pass: ${text}`);
    });
  }

  it("accepts a patient story when the signed authorization is recorded, and requires it complete", () => {
    const story = "One of our patients, Maria, 54, shared her story.";
    assert.deepEqual(
      rulesIn(story, { patientConsent: { form: "HIPAA authorization 2026-014", date: "2026-03-02" } }),
      [],
    );
    assert.ok(rulesIn(story, { patientConsent: { form: "" } }).includes("case/consent-incomplete"));
  });

  it("does not count a consent whose form is a placeholder, and says so where the form is written", () => {
    const story = "One of our patients, Maria, 54, shared her story.";
    for (const form of ["-", "n/a", "N/A", "tbd", "xxx", "?", "--", "…", " . "]) {
      const text = `---\ntitle: x\npatientConsent:\n  form: "${form}"\n  date: 2026-03-02\n---\n${story}\n`;
      const findings = checkText("posts/x.md", text, {
        clinic,
        frontMatter: { patientConsent: { form, date: "2026-03-02" } },
        now: DateTime.fromISO("2026-11-26T12:00:00Z"),
      });
      assert.ok(
        findings.some((f) => f.rule === "case/patient-story"),
        `story allowed with form "${form}"`,
      );
      assert.deepEqual(
        findings.filter((f) => f.rule === "record/unnamed-form").map((f) => [f.severity, f.line]),
        [["error", 4]],
        `form "${form}"`,
      );
    }
    assert.deepEqual(rulesIn(story, { patientConsent: { form: "Form 7", date: "2026-03-02" } }), []);
  });

  it("refuses review and consent records dated after the build's day, in the clinic's time zone", () => {
    // 2026-11-27 03:00 UTC is still the 26th in Chicago.
    const now = DateTime.fromISO("2026-11-27T03:00:00Z");
    const dated = (date: string) =>
      checkText("posts/x.md", "Hi", {
        clinic,
        now,
        timeZone: "America/Chicago",
        frontMatter: {
          medicalReview: { reviewer: "ana-reyes", date },
          patientConsent: { form: "Form 7", date },
          reviewed: date,
        },
      })
        .filter((f) => f.rule === "record/future-date")
        .map((f) => f.message);
    assert.deepEqual(dated("2026-11-26"), []);
    assert.deepEqual(dated("2026-11-27"), [
      '"medicalReview.date" is 2026-11-27, which is after today (2026-11-26)',
      '"patientConsent.date" is 2026-11-27, which is after today (2026-11-26)',
      '"reviewed" is 2026-11-27, which is after today (2026-11-26)',
    ]);
  });

  it("reports advice to delay emergency care where it is said, with the sign it puts off", () => {
    const [finding] = checkText(
      "posts/x.md",
      "Heartburn is common.\nChest pain at night is heartburn, so *wait until morning*.\n",
      { clinic },
    );
    assert.deepEqual(
      [finding?.rule, finding?.line, finding?.column, finding?.match],
      ["advice/delay-emergency", 2, 1, "Chest pain at night is heartburn, so *wait until morning"],
    );
    assert.equal(finding?.message, "tells the reader to delay care for an emergency sign");
    // A sign in the sentence before counts when that sentence asks about it or the next one points back to it,
    // but not when it already says to call 911, and not two sentences before.
    assert.deepEqual(rulesIn("Lips turning blue?\n\nStay home tonight."), ["advice/delay-emergency"]);
    assert.deepEqual(rulesIn("Seizures are scary. You can usually ride it out at home."), ["advice/delay-emergency"]);
    assert.deepEqual(rulesIn("If your newborn has a fever, call 911. Colds can wait until Monday."), []);
    assert.deepEqual(
      rulesIn("Chest pain is a common reason for ER visits. Many colds can wait for a regular appointment."),
      [],
    );
    assert.deepEqual(rulesIn("Chest pain? It is heartburn. Sleep it off."), []);
  });

  it("does not let a clinician's review pass advice to delay emergency care", () => {
    const review = { medicalReview: { reviewer: "ana-reyes", date: "2026-10-01" } };
    assert.deepEqual(rulesIn("Chest pain after a big meal? Skip the ER and sleep it off.", review), [
      "advice/delay-emergency",
    ]);
    assert.deepEqual(
      rulesIn(
        'Never print "chest pain can wait". <!-- allow advice/delay-emergency: quoted as what not to say -->',
        review,
      ),
      [],
    );
  });

  it("accepts medical instructions when a clinician's review is recorded", () => {
    assert.deepEqual(
      rulesIn("Take 500 mg of ibuprofen every 6 hours.", {
        medicalReview: { reviewer: "ana-reyes", date: "2026-10-01" },
      }),
      [],
    );
  });

  it("never reads link addresses, file paths or autolinks", () => {
    assert.deepEqual(
      rulesIn("Read [the guide](https://example.org/123-45-6789/42-Oak-Street) or <https://example.org/123-45-6789>."),
      [],
    );
    assert.deepEqual(
      rulesIn('![A nurse](/posts/images/123-45-6789.jpg)\n\n[guide]: https://example.org/123-45-6789 "The guide"'),
      [],
    );
  });

  it("lets an editor allow one finding with a reason, and refuses an allow without one", () => {
    assert.deepEqual(
      rulesIn("Call Poison Help at 1-800-222-1222. <!-- allow phi/phone: the national Poison Help line -->"),
      [],
    );
    assert.deepEqual(
      rulesIn("<!-- allow phi/phone: the national Poison Help line -->\nCall Poison Help at 1-800-222-1222."),
      [],
    );
    assert.deepEqual(rulesIn("Call 1-800-222-1222. <!-- allow phi/phone -->").sort(), ["allow/reason", "phi/phone"]);
    assert.deepEqual(rulesIn("Call 1-800-222-1222. <!-- allow phi/fone: typo -->").sort(), [
      "allow/reason",
      "phi/phone",
    ]);
  });

  it("lets an allow cover one finding of the rule it names, on its own line or, alone on a line, the next line with text", () => {
    const findings = (text: string) =>
      checkText("posts/x.md", text, { clinic }).map((f) => `${f.line} ${f.rule} ${f.match}`);
    const poison = "<!-- allow phi/phone: the national Poison Help line -->";
    // Beside a sentence it covers that line only, not the one after it.
    assert.deepEqual(findings(`Call Poison Help at 1-800-222-1222. ${poison}\nCall her at 312-555-0142.`), [
      "2 phi/phone 312-555-0142",
    ]);
    // Alone on a line it covers the next line with text (a blank line between is fine), and no line after that.
    assert.deepEqual(findings(`${poison}\n\nCall Poison Help at 1-800-222-1222.`), []);
    assert.deepEqual(findings(`${poison}\nCall Poison Help at 1-800-222-1222.\nCall her at 312-555-0142.`), [
      "3 phi/phone 312-555-0142",
    ]);
    // It never covers another rule, even on the line it covers.
    assert.deepEqual(findings(`${poison}\nCall 1-800-222-1222 or write to maria.lopez@gmail.com.`), [
      "2 phi/email maria.lopez@gmail.com",
    ]);
    // One allow, one finding: a second number on the allowed line is reported, so it cannot hide behind the first.
    assert.deepEqual(findings(`Call 1-800-222-1222 or her cell, 312-555-0142. ${poison}`), [
      "1 phi/phone 312-555-0142",
    ]);
    assert.deepEqual(
      findings(`Call 1-800-222-1222 or 1-800-232-4636. ${poison} <!-- allow phi/phone: CDC-INFO -->`),
      [],
    );
    // Allows stacked above a line each cover their own rule on it.
    assert.deepEqual(
      findings(
        `${poison}\n<!-- allow phi/email: the poison center's public address -->\nCall 1-800-222-1222 or write to help@poison.example.`,
      ),
      [],
    );
  });

  it("locates each finding by line and column, with the matched text and a fix", () => {
    const [finding] = checkText(
      "posts/x.md",
      "---\ntitle: Hello\n---\n\nFirst line.\nCall her at 312-555-0142 today.\n",
      { clinic },
    );
    assert.deepEqual(
      { ...finding, fix: undefined },
      {
        file: "posts/x.md",
        line: 6,
        column: 13,
        severity: "error",
        rule: "phi/phone",
        message: "is a phone or fax number that is not the clinic's",
        match: "312-555-0142",
        fix: undefined,
      },
    );
    assert.match(finding!.fix, /clinic's own number/);
  });

  it("reads prose in the front matter, not dates or paths", () => {
    assert.deepEqual(
      checkText(
        "posts/x.md",
        '---\ntitle: "Call 312-555-0142"\ndate: 2026-03-01\nimage: /posts/images/123-45-6789.svg\n---\nHi\n',
        { clinic },
      ).map((f) => [f.rule, f.line]),
      [["phi/phone", 2]],
    );
  });

  it("reads tags and the titles nested in other fields (podcast chapters, a video), not their other values", () => {
    const text =
      '---\ntitle: x\ntags: [safety, "call 312-555-0142"]\npodcast:\n  guid: "123-45-6789"\n  audio: /media/123-45-6789.mp3\n  chapters:\n    - time: "0:00"\n      title: "Chest pain? Sleep it off"\n---\nHi\n';
    assert.deepEqual(
      checkText("posts/x.md", text, { clinic }).map((f) => [f.rule, f.line]),
      [
        ["phi/phone", 3],
        ["advice/delay-emergency", 9],
      ],
    );
  });

  it("warns when a review is older than the clinic's interval", () => {
    const now = DateTime.fromISO("2026-11-26T12:00:00Z");
    const findings = checkText("posts/tips/x.md", "Hi", {
      clinic,
      frontMatter: { reviewed: "2025-10-01" },
      now,
      reviewMonths: 12,
    });
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule]),
      [["warning", "review/stale"]],
    );
    assert.deepEqual(
      checkText("posts/tips/x.md", "Hi", { clinic, frontMatter: { reviewed: "2026-01-01" }, now, reviewMonths: 12 }),
      [],
    );
  });
});

// Issue 16: the checker reads what gets published however it is written, and points at the source.
describe("the checker reads everything, however it is written", () => {
  const found = (text: string, frontMatter?: Record<string, unknown>) =>
    checkText("posts/x.md", text, { clinic, frontMatter }).map((f) => `${f.line}:${f.column} ${f.rule}`);
  const file = (front: string, body = "Hi.") => `---\ntitle: Hello\ndate: 2026-03-01\n${front}\n---\n\n${body}\n`;

  it("reads every string of the front matter, whatever the YAML spelling, at the line of its key or item", () => {
    assert.deepEqual(found(file('tags: ["123-45-6789", enrollment]')), ["4:9 phi/ssn"]);
    assert.deepEqual(
      found(file('podcast:\n  guests:\n    - name: "Rosa Delgado"\n      role: "Patient, MRN 00457129"')),
      ["7:23 phi/record-number"],
    );
    assert.deepEqual(found(file('podcast:\n  guests:\n    - name: "Dolores Ames, cell 872-555-0119"')), [
      "6:33 phi/phone",
    ]);
    // A guest's fields are read as the episode page shows them: "name, role".
    assert.deepEqual(found(file('podcast:\n  guests:\n    - name: "Tomasz Zielinski, 41"\n      role: "Patient"')), [
      "6:14 case/person-details",
    ]);
    assert.deepEqual(found(file('podcast:\n  chapters:\n    - time: "0:00"\n      title: "Call 312-555-0142"')), [
      "7:20 phi/phone",
    ]);
    assert.deepEqual(found(file('video:\n  youtube: dQw4w9WgXcQ\n  title: "Form with SSN 462-18-3397"')), [
      "6:25 phi/ssn",
    ]);
    assert.deepEqual(found('---\n"title": "SSN 409-26-7715 sorted out"\ndate: 2026-10-03\n---\nHi.\n'), [
      "2:15 phi/ssn",
    ]);
    assert.deepEqual(found(file('video: { youtube: "a1B2c3D4e5F", title: "Card of member ID WLK39402816" }')), [
      "4:50 phi/member-id",
    ]);
    assert.deepEqual(
      found(
        file("description: >-\n  Thanks to everyone. One form still lists\n  SSN 318-70-2245, which we will shred."),
      ),
      ["6:7 phi/ssn"],
    );
    assert.deepEqual(found(file("description: Thanks to everyone.\n  One form still lists\n\n  SSN 318-70-2245.")), [
      "7:7 phi/ssn",
    ]);
    assert.deepEqual(found(file("description: |\n  Call her\n    at 312-555-0142.")), ["6:8 phi/phone"]);
    // A custom field published through an alias: the build refuses any alias (src/content/frontMatter.ts), and
    // the checker, which then reads the lines as written, still finds the value where it is written.
    assert.deepEqual(found(file('note: &note "Bring SSN 257-39-6640"\ndescription: *note')), ["4:24 phi/ssn"]);
    // The parsed values are read when the caller hands them in, as the build does.
    assert.deepEqual(
      found(file("social:\n  facebook: Call 312-555-0142"), {
        title: "Hello",
        social: { facebook: "Call 312-555-0142" },
      }),
      ["5:18 phi/phone"],
    );
    // A value with YAML escapes is read as parsed, and found at the start of its value.
    assert.deepEqual(found('---\ntitle: "SSN 409\\u002D26\\x2D7715"\n---\nHi.\n'), ["2:8 phi/ssn"]);
    // Front matter that does not parse is read line by line, as written.
    assert.deepEqual(found("---\ntitle: [Call 312-555-0142\n---\nHi.\n"), ["2:14 phi/phone"]);
  });

  it("does not read front matter that is not prose: dates, paths, ids, addresses, names of other posts", () => {
    const text = file(
      [
        "updated: 2026-03-02",
        "author: ana-reyes",
        "image: /posts/images/123-45-6789.jpg",
        "imageAlt: A nurse at the desk",
        "category: safety",
        "related: [call-312-555-0142]",
        "sources:\n  - title: CDC\n    url: https://www.cdc.gov/123-45-6789",
        "video: { youtube: 123-45-6789, title: A nurse explains }",
        "medicalReview: { reviewer: ana-reyes, date: 2026-03-01 }",
        "reviewed: 2026-03-01",
        'podcast:\n  guid: "312-555-0142"\n  audio: /media/podcast/123-45-6789.mp3\n  length: 3125550142\n  transcript: /media/podcast/123-45-6789.vtt\n  chapters:\n    - time: "0:00"\n      title: Welcome\n      url: https://example.org/312-555-0142',
      ].join("\n"),
    );
    assert.deepEqual(found(text), []);
    assert.deepEqual(found(file('description: "Walk in at 1200 Mill Street or call (555) 010-0123."')), []);
  });

  it("reads comments, code and link titles in the body, as a reader of the source or the page would", () => {
    assert.deepEqual(found("Hours changed.\n\n<!-- check with Lena: SSN 523-19-4407 still on file -->"), [
      "3:27 phi/ssn",
    ]);
    assert.deepEqual(found("The form:\n\n```\nSSN: 318-42-9075\n```"), ["4:6 phi/ssn"]);
    assert.deepEqual(found("The portal showed `SSN 274-81-3390` in the screenshot."), ["1:24 phi/ssn"]);
    assert.deepEqual(found('Read the [guide](https://enroll.example.org/guide "SSN 146-27-5518") first.'), [
      "1:56 phi/ssn",
    ]);
    assert.deepEqual(found('See [the statement](/billing/x "Account number 66310228").'), ["1:33 phi/account-number"]);
    assert.deepEqual(found("![Intake form showing SSN 389-52-1064](/images/intake-form.png)"), ["1:27 phi/ssn"]);
    assert.deepEqual(found("SSN 123-<em>45</em>-6789 was on it."), ["1:5 phi/ssn"]);
    assert.deepEqual(found('The <abbr title="MRN 00457129">chart</abbr> was open.'), ["1:18 phi/record-number"]);
  });

  it("reads character references, full-width digits and invisible characters as the reader sees them", () => {
    assert.deepEqual(found("Her number is &#49;23-45-6789, she said."), ["1:15 phi/ssn"]);
    assert.deepEqual(found("SSN: &#x34;&#x31;&#x32;-&#x33;&#x34;-&#x35;&#x36;&#x37;&#x38; was read out."), [
      "1:6 phi/ssn",
    ]);
    assert.deepEqual(found("Account &#35; 77420913 was sent to collections."), ["1:1 phi/account-number"]);
    assert.deepEqual(found("Write to tanya&#64;example.net for photos."), ["1:10 phi/email"]);
    assert.deepEqual(found("Her SSN, 123&#8203;-45-&#xFF16;789, was read out."), ["1:10 phi/ssn"]);
    assert.deepEqual(found("The caller gave ５０１-３８-２２９４ as her number."), ["1:17 phi/ssn"]);
    assert.deepEqual(found("Text him at （３１２）５５５-０１８８ about the ride."), ["1:13 phi/phone"]);
    assert.deepEqual(found("SSN 287\u200B-46\u200B-1953 was on the form."), ["1:5 phi/ssn"]);
    assert.deepEqual(found("Her device reported 192.0.2.\u200B145 when she booked."), ["1:21 phi/ip-address"]);
    assert.deepEqual(found("Bring it to 508 Hawthorne\u200B Street by noon."), ["1:13 phi/street-address"]);
  });

  it("tolerates separators inside an identifier: soft and non-breaking hyphens, spaces, dots, backslashes, emphasis", () => {
    assert.deepEqual(found("Social Security 433\u00AD71\u00AD2086 appeared."), ["1:17 phi/ssn"]);
    assert.deepEqual(found("Her SSN 215\u201158\u20117743 was on the photo."), ["1:9 phi/ssn"]);
    assert.deepEqual(found("The form read SSN 472\u00A019\u00A03385 in the corner."), ["1:19 phi/ssn"]);
    assert.deepEqual(found("Social Security number 538.27.6619 is the neighbor's."), ["1:24 phi/ssn"]);
    assert.deepEqual(found("She read her Social Security number aloud: 294 61 3057."), ["1:44 phi/ssn"]);
    assert.deepEqual(found("SSN 176\\-34\\-8821 was pasted in."), ["1:5 phi/ssn"]);
    assert.deepEqual(found("Her number is 312\\-555\\-0176, in case."), ["1:15 phi/phone"]);
    assert.deepEqual(found("The form showed 123-*45*-6789 as his number."), ["1:17 phi/ssn"]);
    assert.deepEqual(found("Social Security: **348**-52-**9017**, says the letter."), ["1:20 phi/ssn"]);
    assert.deepEqual(found("Medical record **number** 00391558 is the one."), ["1:1 phi/record-number"]);
    assert.deepEqual(found("Drop the meals at 77 *Cedar* Lane."), ["1:19 phi/street-address"]);
    assert.deepEqual(found("Medicare number 1EG4\u200B-TE5\u200B-MK72 was on the letter."), [
      "1:1 phi/member-id",
      "1:17 phi/member-id",
    ]);
  });

  it("reports the source text of a match, not the text after decoding", () => {
    const [finding] = checkText("posts/x.md", "Her number is &#49;23-45-6789, she said.", { clinic });
    assert.equal(finding?.match, "&#49;23-45-6789");
  });

  it("reads a transcript's words, not its timings or cue tags", () => {
    const vtt =
      "WEBVTT\n\n00:04:01.000 --> 00:04:05.500\n<v Guest>I'm Alma, date of birth <i>June 2, 1950</i>, and I come here.\n";
    assert.deepEqual(
      checkText("posts/media/podcast/e.vtt", vtt, { clinic }).map((f) => `${f.line}:${f.column} ${f.rule}`),
      ["4:20 phi/birth-date"],
    );
    assert.deepEqual(
      checkText("posts/media/podcast/e.srt", "1\n00:00:01,000 --> 00:00:04,000\nWelcome, call 911 in an emergency.\n", {
        clinic,
      }),
      [],
    );
  });

  it("does not read allow comments as content, in the body or the front matter", () => {
    assert.deepEqual(
      found(
        "Call Poison Help at 1-800-222-1222. <!-- allow phi/phone: like 1-800-222-1222, Poison Help; SSN 123-45-6789 -->",
      ),
      [],
    );
    assert.deepEqual(
      found(
        file(
          '# <!-- allow phi/phone: the national Poison Help line -->\ndescription: "Call Poison Help at 1-800-222-1222."',
        ),
      ),
      [],
    );
    assert.deepEqual(
      found(
        file(
          "description: >-\n  Save this number.\n  Poison Help: 1-800-222-1222. <!-- allow phi/phone: the national Poison Help line -->",
        ),
      ),
      [],
    );
  });

  it("reads hostile markup in time: a page of spaces in a link, an unclosed allow, aliases of aliases", () => {
    const aliases = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ..."bcde".split("").map((key, i) => `${key}: &${key} [${Array(10).fill(`*${"abcd"[i]}`).join(", ")}]`),
    ];
    for (const text of [
      `[a](${" ".repeat(200_000)}x`,
      `<!-- allow phi/phone: ${"x ".repeat(100_000)}`,
      file(aliases.join("\n")),
    ]) {
      const start = performance.now();
      checkText("posts/x.md", text, { clinic });
      assert.ok(performance.now() - start < 5_000, `${text.slice(0, 40)}: ${Math.round(performance.now() - start)} ms`);
    }
  });

  it("reports the first ten findings of a rule in a file, then how many more there are", () => {
    const findings = checkText(
      "posts/x.md",
      file("description: Hi", "Logged from 10.0.0.1 " + "and 10.0.0.1 ".repeat(29)),
      { clinic },
    );
    const ips = findings.filter((f) => f.rule === "phi/ip-address");
    assert.equal(ips.length, 11);
    assert.match(ips[10]!.message, /, and 19 more like it in this file$/);
  });

  it("leaves ordinary health education with entities, emphasis and invisible characters alone", () => {
    for (const text of [
      "&copy; 2026 Riverbend Health. Summer camp is for ages 6&ndash;12.",
      "Our nurses \u{1F469}\u200D\u2695\uFE0F are ready for flu season.",
      "Every child needs the full immuni\u00ADzation series.",
      "Walk *30 minutes* a day and drink **8 cups** of water.",
      "Type `flu shot` in the search box, or run `npm run build` and open _site/index.html.",
      "A 2\u00BD-hour class, 3 \u00D7 a week, costs nothing.",
      "Press <kbd>Ctrl</kbd>+<kbd>F</kbd> to search.<br>Call us at (555) 010-0123.",
      "Mix 1 cup<sub>1</sub> and<br/>2 cups.",
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });
});

describe("the content checker in use", () => {
  it("passes every piece of the sample content with no findings", () => {
    const result = spawnSync("npm", ["run", "--silent", "lint:content"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^\d+ files checked: 0 errors, 0 warnings\.$/m);
  });

  it("reports one finding per line, exits 1 on errors, and speaks JSON for tools", () => {
    const site = makeFixtureSite({
      "leak.md": post(
        'title: "A visit"\ndate: 2026-01-01\nauthor: ana-reyes',
        "One of our patients, Maria, 54, called from 312-555-0142.",
      ),
    });
    const text = spawnSync(`${PROJECT_ROOT}/node_modules/.bin/tsx`, [`${PROJECT_ROOT}/scripts/lint-content.ts`], {
      cwd: site.dir,
      encoding: "utf8",
    });
    assert.equal(text.status, 1);
    assert.match(
      text.stdout,
      /^posts\/leak\.md:7:1 {2}error {2}case\/patient-story {2}tells a specific patient's story \("One of our patients"\): /m,
    );
    assert.match(text.stdout, /^posts\/leak\.md:7:\d+ {2}error {2}phi\/phone {2}/m);
    assert.match(text.stdout, /files? checked: 3 errors, 0 warnings\./);
    const json = spawnSync(
      `${PROJECT_ROOT}/node_modules/.bin/tsx`,
      [`${PROJECT_ROOT}/scripts/lint-content.ts`, "posts/leak.md", "--format", "json"],
      { cwd: site.dir, encoding: "utf8" },
    );
    const report = JSON.parse(json.stdout);
    assert.equal(report.errors, 3);
    assert.deepEqual(report.findings.map((f: { rule: string }) => f.rule).sort(), [
      "case/patient-story",
      "case/person-details",
      "phi/phone",
    ]);
  });

  it("checks transcripts wherever the site publishes them from, not only under posts/", async () => {
    const { contentFiles } = await import("../../src/guardrails/run.ts");
    const { mkdirSync, mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/clinic-content-files-`);
    for (const file of [
      "posts/a.md",
      "posts/media/podcast/e1.vtt",
      "_includes/assets/podcast/e2.srt",
      "_includes/assets/notes.md",
    ]) {
      mkdirSync(`${dir}/${file.slice(0, file.lastIndexOf("/"))}`, { recursive: true });
      writeFileSync(`${dir}/${file}`, "x");
    }
    assert.deepEqual(contentFiles(dir), [
      "_includes/assets/podcast/e2.srt",
      "posts/a.md",
      "posts/media/podcast/e1.vtt",
    ]);
    assert.deepEqual(contentFiles(dir, ["posts"]), ["posts/a.md", "posts/media/podcast/e1.vtt"]);
  });

  it("keeps findings between builds only while a file's text and the rules are the same", async () => {
    const { checkFiles, contentFiles } = await import("../../src/guardrails/run.ts");
    const { ContentCache } = await import("../../src/lib/cache.ts");
    const { SourceFiles } = await import("../../src/content/sourceFiles.ts");
    const { loadSiteData } = await import("../../src/clinicData/loadSiteData.ts");
    const { readFileSync, writeFileSync } = await import("node:fs");
    const site = makeFixtureSite({
      "visit.md": post('title: "A visit"\ndate: 2026-01-01\nauthor: ana-reyes', "Plain health education."),
    });
    const data = loadSiteData(site.dir).data!;
    const cacheFile = `${site.dir}/.cache/content.json`;
    // A new cache object each time, as each build is a new process.
    const check = (site_ = data) => {
      const cache = new ContentCache(cacheFile);
      const found = checkFiles(
        site.dir,
        contentFiles(site.dir),
        site_,
        DateTime.now(),
        new SourceFiles(site.dir, cache),
      );
      cache.save();
      return found;
    };
    const rules = () =>
      check()
        .filter((f) => f.file === "posts/visit.md")
        .map((f) => f.rule);
    assert.deepEqual(check(), []);
    // Proof that unchanged files are not checked again: a finding planted in the cache comes back.
    const saved = JSON.parse(readFileSync(cacheFile, "utf8")) as {
      version: string;
      records: Record<string, { parts: { findings?: { value: unknown[] } } }>;
    };
    const checked = Object.values(saved.records).filter((record) => record.parts.findings);
    for (const record of checked)
      record.parts.findings!.value = [
        {
          file: "posts/visit.md",
          line: 1,
          column: 1,
          severity: "warning",
          rule: "planted",
          message: "",
          match: "",
          fix: "",
        },
      ];
    // Sealed as a build seals what it saves: a cache file changed by hand is not used.
    const records = JSON.stringify(saved.records);
    writeFileSync(
      cacheFile,
      `{"version":${JSON.stringify(saved.version)},"seal":"${hash("sha1", records, "base64url")}","records":${records}}`,
    );
    assert.deepEqual(
      rules(),
      checked.map(() => "planted"),
    );
    site.write(
      "posts/visit.md",
      post('title: "A visit"\ndate: 2026-01-01\nauthor: ana-reyes', "Call her at 312-555-0142."),
    );
    assert.ok(rules().includes("phi/phone"), "an edited file is checked again");
    site.write(
      "posts/visit.md",
      post('title: "A visit"\ndate: 2026-01-01\nauthor: ana-reyes\nreviewed: 2020-01-01', "Call her at 312-555-0142."),
    );
    assert.deepEqual(
      rules().filter((rule) => rule !== "planted"),
      ["review/stale", "phi/phone"],
      "the day-dependent review check is never kept",
    );
    const other = { ...data, clinic: { ...data.clinic, phone: "(312) 555-0142" } };
    const recheck = check(other);
    // The number is now the clinic's own; the sample transcripts' mention of the old one no longer is.
    assert.deepEqual(
      recheck.filter((f) => f.file === "posts/visit.md").map((f) => f.rule),
      ["review/stale"],
      "new clinic details check everything again",
    );
    assert.ok(recheck.some((f) => f.file.endsWith(".vtt") && f.rule === "phi/phone"));
  });

  it("stops the build, naming the file, line, rule and fix", () => {
    const site = makeFixtureSite({
      "leak.md": post(
        'title: "Dosing"\ndate: 2026-01-01\nauthor: tom-becker',
        "Take 500 mg of ibuprofen every 6 hours.",
      ),
    });
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /posts\/leak\.md:7:1: advice\/dosing: gives a dose \("Take 500 mg"\): say "ask your clinician or pharmacist how much to take"/,
    );
  });

  it("shows who reviewed a post, and accepts only a clinician as reviewer", () => {
    const reviewed = makeFixtureSite({
      "dose.md": post(
        'title: "Dosing"\ndate: 2026-01-01\nauthor: tom-becker\nmedicalReview:\n  reviewer: ana-reyes\n  date: 2026-01-02',
        "Take 500 mg of ibuprofen every 6 hours.",
      ),
    });
    assert.equal(reviewed.build().status, 0);
    assert.match(
      reviewed.read("_site/posts/dose/index.html"),
      /Medically reviewed by <a href="\/authors\/ana-reyes\/">Ana Reyes, MD<\/a><\/p>\s*<p class="post__meta post__review-dates">Last reviewed <time datetime="2026-01-02">January 2, 2026<\/time> · Next review due <time datetime="2027-01-02">January 2, 2027<\/time>/,
    );
    const byEditor = makeFixtureSite({
      "dose.md": post(
        'title: "Dosing"\ndate: 2026-01-01\nauthor: tom-becker\nmedicalReview:\n  reviewer: tom-becker\n  date: 2026-01-02',
        "Hi.",
      ),
    });
    assert.match(
      byEditor.build().output,
      /"medicalReview\.reviewer" is "tom-becker", who is not a clinician in the staff directory: use one of ana-reyes, james-okafor/,
    );
  });
});

// Issue 16, "patterns people actually write": each text here was missed (or flagged by mistake) before.
const WRITTEN_AS_PEOPLE_WRITE: Record<string, { flag: string[]; pass: string[] }> = {
  "phi/birth-date": {
    flag: [
      "Date-of-birth: 07/22/1949 is on the form.",
      "The wristband read DOB 12-Apr-1961.",
      "Mr. Tillman was born 12th April 1961.",
      "Edna was born in April 1931.",
      "Birth date: the 5th of June, 1966.",
      "date of birth <i>June 2, 1950</i>",
      "Her birthday is 3 March '61.",
    ],
    pass: [
      "Babies born in April 2026 get their first checkup at one week.",
      "Anyone born in January 1960 or later can join the study.",
      "Born in 1961? You are due for a shingles shot.",
      "Our health fair is on Saturday, April 12, 2027.",
    ],
  },
  "case/person-details": {
    flag: [
      "Maria, fifty-four, started our cooking class.",
      "José, 54, learned to check his blood sugar.",
      "MARIA GARCIA, 54, shared her story.",
      "Mr. Lopez, age 54, came to us after his stroke.",
      "A 54-year-old named Darnell Price told us about dialysis.",
      "Our friend deShawn, 17, carries his inhaler.",
      "Grace Whitfield (age 71) was treated for pneumonia.",
      "Mrs. Haddad, who is 80, had both cataracts removed.",
      "Kenji Watanabe, a sixty-year-old retired teacher, has Parkinson's disease.",
      "**Rosa Ibarra**, 49, was diagnosed in May.",
      "Luis\u00A0Ortega,\u00A058, has been on dialysis since June.",
    ],
    pass: [
      "Seniors, 65 and older, get a free blood pressure cuff.",
      "On Tuesday, 12 volunteers checked blood pressure.",
      "Dr. Reyes, 15 years at the clinic, answers your questions.",
      "ADULTS, 65 AND OLDER: get your flu shot.",
      "Tom Becker, 41, edits this blog.",
      "Summer camp is for ages 6 to 12 (age 6 and up).",
      "In March, 40 families joined the class.",
      "Grandparents (65 and older) and caregivers (18+) are welcome.",
      "Volunteers (12) and staff (30) ran the fair.",
    ],
  },
  "case/patient-story": {
    flag: [
      "A woman who sees Dr. Reyes every month came in last Tuesday with a swollen ankle.",
      "Last winter I treated a teenager whose asthma flared every night.",
      "A patient we'll call Sam walked into the clinic in January.",
      "Earlier this month a man came to our walk-in clinic with a deep cut.",
      "We recently cared for a retired bus driver whose blood sugar was over 400.",
      "*One of our* patients asked us to share her story.",
    ],
    pass: [
      "We saw a rise in the patient portal's use this year.",
      "If a child comes in with a fever, we test for flu.",
      "We treated a record number of flu cases in January.",
      "A new doctor came to our clinic in May: welcome, Dr. Shah!",
      "Patients can book online, and most now do.",
      "We saw a woman in the waiting room reading our flyer.",
      "A mother came to the health fair with her twins.",
    ],
  },
  "advice/dosing": {
    flag: [
      "For a bad headache, take two tablets of ibuprofen with food.",
      "Give your child half a pill twice a day.",
      "Give a teaspoon of the syrup every four hours.",
      "Swallow one and a half capsules each morning.",
      "Adults can take a couple of aspirin at bedtime.",
      "Use three puffs of your rescue inhaler every twenty minutes.",
      "Take ½ tablet of the water pill daily.",
      "Toddlers should get five milliliters of the antibiotic three times daily.",
      "Take **two** tablets every **four** hours.",
    ],
    pass: [
      "Cut back to less than 2,300 mg of sodium a day, about one teaspoon of salt.",
      "Add a teaspoon of cumin and half a cup of salsa, then stir well.",
      "Take two cups of oats and a handful of raisins.",
      "Use a pill organizer if you take several medicines.",
      "Take medicines as your pharmacist explains.",
      "Eat two servings of fish a week.",
      "Take a 10-minute walk twice a day after meals.",
      "Adults can use 2 tablespoons of olive oil a day in cooking.",
      "Put a few drops of lemon in your water.",
    ],
  },
  "advice/medication-change": {
    flag: [
      "If the pills upset your stomach, cut your metformin in half for a week.",
      "When you feel better, you can quit the antidepressant.",
      "Feeling dizzy? Skip tomorrow's water pill.",
      "Go off your statin for a month and see if the aches go away.",
      "**Stop** your *insulin* on days you don't eat breakfast.",
      "Double up on your inhaler when you have a cold.",
      "Taper off prednisone over a week.",
    ],
    pass: [
      "Don't stop a medicine without talking to your clinician first, even if you feel better.",
      "If you feel dizzy, do not stop your medicine: call us.",
      "Switch your soda for water, and start your day with a glass of it.",
      "Cut back on salt and sugar if your blood pressure is high.",
      "If you miss a dose, never double the next one.",
      "Drop off unused medicines at our take-back box.",
      "Start your insulin pen with a new needle each time.",
      "Start April with a walk every day.",
    ],
  },
  "advice/diagnosis": {
    flag: [
      "If your feet tingle at night, that means you're diabetic.",
      "Those symptoms mean it's definitely an ear infection.",
      "Itchy rash after the hike? It's poison ivy, nothing more.",
      "Feeling tired and thirsty all the time is a sure sign you've got diabetes.",
      "Burning when you pee? You *have* a bladder infection.",
      "Sneezing all April? You have hay fever.",
    ],
    pass: [
      "What is asthma? It's a disease of the airways that can be controlled.",
      "Having diabetes means you have a higher risk of heart disease.",
      "A fever means your body is fighting an infection.",
      "If you're diabetic, check your feet every day.",
      "Is it a cold or the flu? A quick test tells us.",
      "Cough and fever? It's probably the flu, but call us to be sure.",
      "Sore throat? That's a common sign of a cold.",
      "Signs you have diabetes include thirst and blurry vision.",
    ],
  },
};

describe("guardrail rules on patterns people actually write (issue 16)", () => {
  for (const [rule, { flag, pass }] of Object.entries(WRITTEN_AS_PEOPLE_WRITE)) {
    it(`${rule} flags dates, ages, doses and phrasings as people write them, and passes ordinary education`, () => {
      const missed = flag.filter((text) => !rulesIn(text).includes(rule));
      const noisy = pass.map((text) => [text, rulesIn(text)] as const).filter(([, rules]) => rules.length > 0);
      assert.deepEqual({ missed, noisy }, { missed: [], noisy: [] });
    });
  }

  it("reports a patient's story once where two of its ways overlap", () => {
    assert.deepEqual(
      checkText("posts/x.md", "Last week a patient came in with a rash.", { clinic }).map((f) => [f.rule, f.match]),
      [["case/patient-story", "a patient came in"]],
    );
  });

  it("reports a dose once, from the instruction's verb", () => {
    const findings = checkText("posts/x.md", "Take 500 mg of ibuprofen every 6 hours.", { clinic });
    assert.deepEqual(
      findings.map((f) => [f.rule, f.match]),
      [["advice/dosing", "Take 500 mg"]],
    );
  });
});

describe("guardrail rules on Spanish text", () => {
  it("match a word however its accents are typed: precomposed, as a letter and a mark, or left out", () => {
    for (const text of [
      "Una paciente de 54 años vino ayer.",
      "Una paciente de 54 an\u0303os vino ayer.",
      "Una paciente de 54 anos vino ayer.",
    ])
      assert.deepEqual(rulesIn(text), ["case/patient-story"], text);
    for (const text of [
      "Número de expediente: 00482913",
      "Nu\u0301mero de expediente: 00482913",
      "numero de expediente: 00482913",
    ])
      assert.deepEqual(rulesIn(text), ["phi/record-number"], text);
  });

  it("reports a match typed with decomposed accents at the file's own text", () => {
    const text = "Intro.\n\nJose\u0301, de 54 an\u0303os, vino.";
    const [finding] = checkText("posts/x.md", text, { clinic });
    assert.deepEqual(
      [finding?.rule, finding?.line, finding?.column, finding?.match],
      ["case/person-details", 3, 1, "Jose\u0301, de 54 an\u0303os"],
    );
  });

  it('reads "anos" as years only after a number, and finds word edges at accented letters', () => {
    assert.deepEqual(rulesIn("Los anos y el recto forman parte del sistema digestivo."), []);
    assert.deepEqual(rulesIn("Si su bebé de 6 semanas tiene fiebre, espere hasta mañana."), ["advice/delay-emergency"]);
    assert.deepEqual(rulesIn("Tómese dos pastillas cada 6 horas."), ["advice/dosing"]);
    assert.deepEqual(rulesIn("Tomese dos pastillas cada 6 horas."), ["advice/dosing"]);
    // "dé" is "give"; "de" is "of".
    assert.deepEqual(rulesIn("Un frasco de 2 tabletas por caja."), []);
  });

  it("reads the Spanish patterns in a text with a Spanish word or letter in it, and only there", () => {
    for (const text of ["Tome dos pastillas cada 6 horas.", "Número: 4", "Usted tiene diabetes.", "¿Dolor?"])
      assert.equal(holdsSpanish(text), true, text);
    for (const text of ["Take two tablets every 4 hours.", "Call us at (555) 010-0123.", "Drink 8 cups of water."])
      assert.equal(holdsSpanish(text), false, text);
  });

  it("reads Spanish and English patterns in the same text", () => {
    assert.deepEqual(rulesIn("Take two tablets every 4 hours. Uno de nuestros pacientes lo hizo."), [
      "advice/dosing",
      "case/patient-story",
    ]);
  });

  it("passes the clinic's own street however Spanish writes it, and no one else's", () => {
    assert.deepEqual(rulesIn("Estamos en la calle Mill 1200 y en el 1200 de la calle Mill."), []);
    assert.deepEqual(rulesIn("Dirección: 1200 Mill Street"), []);
    assert.deepEqual(rulesIn("Vive en la calle Mill 1210."), ["phi/street-address"]);
  });
});

describe("the checker on a post's question", () => {
  it("reads the question a post answers, and stops the build on a patient's name and date of birth in it", () => {
    const site = makeFixtureSite({
      "asked.md": post(
        'title: "Is it the flu?"\ndate: 2026-03-01\nauthor: ana-reyes\nquestion: "My mother Rosa Delgado, DOB 03/14/1961, has had a cough for a week. Is it the flu?"',
      ),
    });
    const { status, output } = site.build({ CLINIC_SEARCH: "off" });
    assert.equal(status, 1);
    assert.match(output, /posts\/asked\.md:5:\d+: phi\/birth-date/);
  });
});

describe("the checker on the clinic's own data files", () => {
  it("reads every text of _data/ a page prints, in any language, and stops the build naming the file and line", () => {
    const site = makeFixtureSite({});
    const policy = JSON.parse(site.read("_data/policy.json"));
    policy.corrections += " Last week one of our patients called 555-201-3344 about her chart.";
    site.write("_data/policy.json", JSON.stringify(policy, null, 2));
    const es = JSON.parse(site.read("_data/languages/es.json"));
    es.clinic.welcome = "Una paciente de 54 años nos visitó ayer; fecha de nacimiento: 03/14/1961.";
    // Under a key that is an address elsewhere ("subscribe" in podcast.json): words here all the same.
    es.strings.subscribe.intro = "Llame a Rosa al 555-201-3344.";
    site.write("_data/languages/es.json", JSON.stringify(es, null, 2));
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /_data\/policy\.json:4:\d+: phi\/phone: is a phone or fax number that is not the clinic's/);
    assert.match(output, /_data\/policy\.json:4:\d+: case\/patient-story/);
    assert.match(output, /_data\/languages\/es\.json:\d+:\d+: phi\/birth-date/);
    assert.match(output, /_data\/languages\/es\.json:\d+:\d+: phi\/phone/);
  });

  it("reads a data file nested thousands deep without running out of stack", () => {
    const deep = `${'{"a":'.repeat(20_000)}"Call 555-201-3344 about your chart."${"}".repeat(20_000)}`;
    const clinic = { phones: [], emailDomains: [], street: "", staffNames: [] };
    assert.deepEqual(
      checkText("_data/policy.json", deep, { clinic }).map((f) => f.rule),
      ["phi/phone"],
    );
  });

  it("passes the sample clinic's data: addresses, handles, colours and codes are not prose", () => {
    const result = spawnSync(
      path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
      [path.join(PROJECT_ROOT, "scripts/lint-content.ts"), "_data"],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /\d+ files checked: 0 errors, 0 warnings/);
  });
});
