import { markdownFile as md, type FlaggedCase } from "./types.ts";

/** Instructions a clinician must review: doses, changing a medicine, and a diagnosis told to the reader. */
export const FLAGGED_ADVICE: FlaggedCase[] = [
  // Doses.
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "plain",
    text: "Take 500 mg of acetaminophen every 6 hours until the fever breaks.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "For a bad headache, take two tablets of ibuprofen with food.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Give your child half a pill twice a day for the cough.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Give a teaspoon of the syrup every four hours through the night.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Swallow one and a half capsules each morning with water.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Adults can take a couple of aspirin at bedtime to help the pain.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Use three puffs of your rescue inhaler every twenty minutes.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Take ½ tablet of the water pill daily when your ankles swell.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "dose-in-words",
    text: "Toddlers should get five milliliters of the antibiotic three times daily.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "full-width-digits",
    text: "Take ５００ mg every ６ hours for the pain.",
  },
  {
    rule: "advice/dosing",
    where: "body",
    spelling: "emphasis-inside",
    text: "Take **two** tablets every **four** hours.",
  },
  {
    rule: "advice/dosing",
    where: "front-matter",
    spelling: "chapter-title",
    text: md([
      "title: Fever in kids",
      "date: 2026-01-10",
      "podcast:",
      '  guid: "corpus-chapter-dose"',
      "  audio: /media/podcast/episode-001.mp3",
      "  chapters:",
      '    - time: "0:00"',
      '      title: "Give 10 mL of ibuprofen every 6 hours"',
    ]),
  },
  {
    rule: "advice/dosing",
    where: "front-matter",
    spelling: "quoted-key",
    text: md([
      '"summary": "Take 2 tablets of naproxen twice a day for cramps."',
      "title: Period pain",
      "date: 2026-01-11",
    ]),
  },
  {
    rule: "advice/dosing",
    where: "transcript",
    spelling: "transcript",
    file: "episode-16.vtt",
    text: "WEBVTT\n\n00:00:02.000 --> 00:00:06.000\n<v James Okafor>what I tell people is take two tablets with dinner\n\n00:00:06.500 --> 00:00:09.000\n<v James Okafor>and another two before bed.\n",
  },
  // Changing a medicine.
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "plain",
    text: "Stop taking your blood pressure medicine when your readings are normal.",
  },
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "phrasing",
    text: "If the pills upset your stomach, cut your metformin in half for a week.",
  },
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "phrasing",
    text: "When you feel better, you can quit the antidepressant.",
  },
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "phrasing",
    text: "Feeling dizzy? Skip tomorrow's water pill.",
  },
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "phrasing",
    text: "Go off your statin for a month and see if the muscle aches go away.",
  },
  {
    rule: "advice/medication-change",
    where: "body",
    spelling: "emphasis-inside",
    text: "**Stop** your *insulin* on days you don't eat breakfast.",
  },
  {
    rule: "advice/medication-change",
    where: "front-matter",
    spelling: "folded-text",
    text: md([
      "title: Summer and your medicines",
      "date: 2026-06-20",
      "description: >-",
      "  Hot weather? Stop taking your water pills",
      "  until the heat wave is over.",
    ]),
  },
  {
    rule: "advice/medication-change",
    where: "front-matter",
    spelling: "yaml-alias",
    text: md([
      "title: Cold and flu season",
      "date: 2026-11-01",
      'callout: &tip "Double your inhaler dose when you catch a cold."',
      "imageAlt: *tip",
    ]),
  },
  // A diagnosis told to the reader.
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "plain",
    text: "A sore throat and a fever without a cough? You have strep throat.",
  },
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "phrasing",
    text: "If your feet tingle at night, that means you're diabetic.",
  },
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "phrasing",
    text: "Those symptoms mean it's definitely an ear infection.",
  },
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "phrasing",
    text: "Itchy rash after the hike? It's poison ivy, nothing more.",
  },
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "phrasing",
    text: "Feeling tired and thirsty all the time is a sure sign you've got diabetes.",
  },
  {
    rule: "advice/diagnosis",
    where: "body",
    spelling: "emphasis-inside",
    text: "Burning when you pee? You *have* a bladder infection.",
  },
  {
    rule: "advice/diagnosis",
    where: "front-matter",
    spelling: "video-title",
    text: md([
      "title: Spring allergies",
      "date: 2026-04-01",
      "video:",
      "  youtube: Hf7Gq2Lm9Pa",
      '  title: "Sneezing all April? You have hay fever."',
    ]),
  },
];
