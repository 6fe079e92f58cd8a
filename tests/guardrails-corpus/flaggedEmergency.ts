import { markdownFile as md, type FlaggedCase } from "./types.ts";

/**
 * Advice to delay or avoid care for an emergency sign (the rule issue 16 adds, advice/delay-emergency). Each
 * sign is written several ways: "wait until morning", "no need to call", "sleep it off"…
 */
export const FLAGGED_EMERGENCY: FlaggedCase[] = [
  // Chest pain.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Chest pain at night is usually heartburn, so wait until morning and call the clinic then.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If your chest feels tight, there's no need to call 911; lie down and rest.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Pressure in your chest that spreads to your arm? Take an antacid and see if it passes before you bother anyone.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Most chest pain isn't serious; book a regular appointment next week instead of going to the ER.",
  },
  {
    rule: "advice/delay-emergency",
    where: "front-matter",
    spelling: "plain",
    text: md([
      "title: Heartburn or heart attack?",
      "date: 2026-02-01",
      'description: "Chest pain after a big meal? Skip the emergency room and sleep on it."',
    ]),
  },
  // Stroke signs.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If one side of your face droops, give it an hour to see if it goes away on its own.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Sudden slurred speech is often just tiredness; sleep it off and call us tomorrow.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Arm suddenly weak or numb? No need to call an ambulance, just wait for it to pass.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "A sudden, terrible headache with blurred vision can wait until your next checkup.",
  },
  {
    rule: "advice/delay-emergency",
    where: "front-matter",
    spelling: "chapter-title",
    text: md([
      "title: Know the signs of stroke",
      "date: 2026-05-05",
      "podcast:",
      '  guid: "corpus-chapter-stroke"',
      "  audio: /media/podcast/episode-002.mp3",
      "  chapters:",
      '    - time: "0:00"',
      '      title: "Face drooping? Wait and see before you call"',
    ]),
  },
  // Trouble breathing.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If you are struggling to breathe, try to sleep sitting up and call the clinic when we open.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Lips turning blue during an asthma attack? Stay home and use a humidifier overnight.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Shortness of breath at rest doesn't need the ER; wait until Monday and see your doctor.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Can't catch your breath after a bee sting? Take an allergy pill and wait it out.",
  },
  // Suicidal thoughts.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Thoughts of ending your life usually pass by morning, so there's no need to call anyone tonight.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If you're thinking about suicide, wait until your next therapy appointment to bring it up.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Feeling like you want to die? Sleep it off; things look better after a good night's rest.",
  },
  {
    rule: "advice/delay-emergency",
    where: "transcript",
    spelling: "transcript",
    file: "episode-17.vtt",
    text: "WEBVTT\n\n00:01:10.000 --> 00:01:15.000\n<v Guest>when I had thoughts of killing myself I just waited it out, you don't have to call a hotline\n",
  },
  // A baby's fever.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "A fever in a baby under 3 months can wait until the morning; give a lukewarm bath and keep watching.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Your newborn has a temperature of 101? No need to call the doctor at night, just keep her cool.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If your 6-week-old feels hot and won't feed, let her sleep and see how she is tomorrow.",
  },
  {
    rule: "advice/delay-emergency",
    where: "front-matter",
    spelling: "folded-text",
    text: md([
      "title: Fevers in little ones",
      "date: 2026-12-01",
      "summary: >-",
      "  A baby's fever is rarely urgent: wait",
      "  until the clinic opens rather than calling at night.",
    ]),
  },
  // Other emergencies: bleeding, poisoning, head injury, seizure.
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "Bleeding that won't stop after 10 minutes of pressure can wait; wrap it tightly and go to bed.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "If your toddler swallowed a few of grandma's pills but seems fine, there's no need to call Poison Control.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "After a hard hit to the head, it's fine to sleep it off even if you threw up.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emergency-delay",
    text: "A first seizure that lasts over five minutes doesn't need an ambulance; just wait it out and call us tomorrow.",
  },
  {
    rule: "advice/delay-emergency",
    where: "body",
    spelling: "emphasis-inside",
    text: "Chest pain? *Don't* rush to the ER: **wait until morning**.",
  },
  {
    rule: "advice/delay-emergency",
    where: "front-matter",
    spelling: "tags",
    text: md(["title: When to worry", "date: 2026-12-02", 'tags: [safety, "chest pain can wait"]']),
  },
];
