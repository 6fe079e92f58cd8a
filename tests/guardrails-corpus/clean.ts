import { markdownFile as md, type CleanCase } from "./types.ts";

/**
 * Ordinary clinic texts a careful reviewer would publish as they are: the checker must find nothing in them.
 * Many sit close to a rule (a date that is not a birth date, the clinic's own number, a dose said to ask about).
 */
export const CLEAN: CleanCase[] = [
  // Vaccines and screenings.
  {
    where: "body",
    topic: "vaccines",
    text: "Children get their first measles, mumps and rubella shot at 12 to 15 months and a second at 4 to 6 years.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "Adults over 65 should get a flu shot every fall, ideally by the end of October.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "The shingles vaccine is two doses, 2 to 6 months apart, for adults 50 and older.",
  },
  { where: "body", topic: "vaccines", text: "Tdap is recommended during every pregnancy, between weeks 27 and 36." },
  {
    where: "body",
    topic: "vaccines",
    text: "Babies get the hepatitis B vaccine at birth, at 1 to 2 months, and at 6 to 18 months.",
  },
  {
    where: "body",
    topic: "vaccines",
    text: "Everyone 6 months and older should get an updated COVID-19 vaccine this season.",
  },
  {
    where: "body",
    topic: "screening",
    text: "Adults aged 45 to 75 should be screened for colorectal cancer; ask which test suits you.",
  },
  {
    where: "body",
    topic: "screening",
    text: "Women 40 and older can get a mammogram every 1 to 2 years. Talk with your clinician about when to start.",
  },
  {
    where: "body",
    topic: "screening",
    text: "Get your blood pressure checked at least once a year, or every visit if it has been high.",
  },
  { where: "body", topic: "screening", text: "People with diabetes should have a dilated eye exam every year." },
  // The clinic's own contact details and hours.
  {
    where: "body",
    topic: "clinic contact",
    text: "Call us at (555) 010-0123 to book a visit, or use the patient portal.",
  },
  {
    where: "body",
    topic: "clinic contact",
    text: "After hours, our nurse line is (555) 010-0199. In an emergency, call 911.",
  },
  {
    where: "body",
    topic: "clinic contact",
    text: "Find us at 1200 Mill Street, Riverbend, IL 60000, across from the library.",
  },
  {
    where: "body",
    topic: "clinic contact",
    text: "Questions about this post? Email hello@riverbend-health.example and Tom will answer.",
  },
  { where: "body", topic: "clinic contact", text: "Our phone number is +1 555 010 0123; press 2 for appointments." },
  {
    where: "body",
    topic: "opening hours",
    text: "We are open Monday to Friday, 8:00 am to 7:00 pm, and Saturday 9:00 am to 1:00 pm.",
  },
  {
    where: "body",
    topic: "opening hours",
    text: "The clinic is closed on Thanksgiving Day, November 26, and opens again at 8:00 am on Friday.",
  },
  {
    where: "body",
    topic: "opening hours",
    text: "Walk-in flu shots run from 10 am to 2 pm every Wednesday in October.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "If you are thinking about suicide, call or text 988 right now. You are not alone.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "Call 911 right away if you have chest pain, even if you are not sure it is your heart.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "Call Poison Help at 1-800-222-1222 if someone swallowed something harmful. <!-- allow phi/phone: the national Poison Help line -->",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "Face drooping, arm weakness, speech trouble: time to call 911. Note the time the signs started.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "If your baby is younger than 3 months and has a fever of 100.4°F or higher, call us or go to the emergency room now.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "Trouble breathing, blue lips or a struggle to speak are emergencies. Call 911; do not wait until morning.",
  },
  {
    where: "body",
    topic: "crisis lines",
    text: "Don't sleep it off after a head injury if you vomit, feel confused or have a bad headache: get care right away.",
  },
  {
    where: "body",
    topic: "when to wait",
    text: "A runny nose and a mild cough can usually wait for a regular appointment; rest and drink fluids.",
  },
  {
    where: "body",
    topic: "when to wait",
    text: "Most colds get better on their own in 7 to 10 days. Call us if a fever lasts more than 3 days.",
  },
  // Staff.
  {
    where: "body",
    topic: "staff bio",
    text: "Dr. Ana Reyes has cared for Riverbend families for fifteen years and leads our vaccine clinic.",
  },
  {
    where: "body",
    topic: "staff bio",
    text: "James Okafor, our registered dietitian, runs the Thursday cooking class.",
  },
  {
    where: "body",
    topic: "staff bio",
    text: "Priya Shah organizes the spring health fair; ask her about volunteering.",
  },
  {
    where: "body",
    topic: "staff bio",
    text: "Tom Becker edits this blog and our newsletter. Send him your questions.",
  },
  {
    where: "body",
    topic: "staff bio",
    text: "Dr. Reyes, 15 years at the clinic, answers your questions about the flu shot.",
  },
  {
    where: "body",
    topic: "staff bio",
    text: "James has been a dietitian for 12 years and grew up cooking with his grandmother.",
  },
  // Medicines, said the safe way.
  {
    where: "body",
    topic: "medicines",
    text: "Take medicines as your pharmacist explains, and ask if you are not sure.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Don't stop a medicine without talking to your clinician first, even if you feel better.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Bring all your pills, vitamins and supplements to your visit in a bag so we can review them together.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Ask your pharmacist how much fever medicine is right for your child's weight.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Keep medicines in their original bottles, up high and out of children's reach.",
  },
  { where: "body", topic: "medicines", text: "Drop off unused medicines at our take-back box by the pharmacy window." },
  {
    where: "body",
    topic: "medicines",
    text: "Use a pill organizer if you take several medicines; our pharmacists can help you set one up.",
  },
  {
    where: "body",
    topic: "medicines",
    text: "Antibiotics don't work on colds or the flu, which are caused by viruses.",
  },
  // Conditions, in general terms.
  {
    where: "body",
    topic: "conditions",
    text: "If you have diabetes, check your feet every day for cuts, blisters or redness.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "If you have asthma, keep your rescue inhaler with you and know your triggers.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "High blood pressure often has no symptoms, which is why checking it matters.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Strep throat is common in children 5 to 15; a quick test at the clinic tells us if it is strep.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Depression is common and treatable. Talking with someone is a good first step.",
  },
  {
    where: "body",
    topic: "conditions",
    text: "Signs of a urinary tract infection include burning and needing to go often. See your clinician if you notice them.",
  },
  // Food and activity.
  {
    where: "body",
    topic: "recipe",
    text: "Simmer 2 cups of black beans with 1 chopped onion and 3 cloves of garlic for 20 minutes.",
  },
  { where: "body", topic: "recipe", text: "Add a teaspoon of cumin and half a cup of salsa, then stir well." },
  { where: "body", topic: "recipe", text: "This soup serves 6 and keeps for 4 days in the fridge." },
  {
    where: "body",
    topic: "recipe",
    text: "Take two cups of oats, one mashed banana and a handful of raisins, and bake for 15 minutes.",
  },
  {
    where: "body",
    topic: "activity",
    text: "Adults need 150 minutes a week of moderate activity, like brisk walking.",
  },
  { where: "body", topic: "activity", text: "Walk 2 blocks a day this week and add a block each week after." },
  { where: "body", topic: "activity", text: "Take 5 deep breaths before you stand up from bed in the morning." },
  {
    where: "body",
    topic: "measurements",
    text: "Aim for 7 to 9 hours of sleep and drink about 8 cups of water a day.",
  },
  {
    where: "body",
    topic: "measurements",
    text: "A normal body temperature is around 98.6°F (37°C), but it varies a little.",
  },
  { where: "body", topic: "measurements", text: "A healthy blood pressure is below 120/80 mmHg." },
  {
    where: "body",
    topic: "measurements",
    text: "Cut back to less than 2,300 mg of sodium a day, about one teaspoon of salt.",
  },
  // Events and dates that are not birth dates.
  {
    where: "body",
    topic: "events",
    text: "Our health fair is on Saturday, April 12, 2027, from 9 am to noon in the parking lot.",
  },
  { where: "body", topic: "events", text: "On March 3 we opened our new dental wing, thanks to a community grant." },
  { where: "body", topic: "events", text: "The clinic was born in 1998 in a church basement on the east side." },
  { where: "body", topic: "events", text: "Babies born in winter need warm layers and a hat on the way home." },
  {
    where: "body",
    topic: "events",
    text: "The walking group meets at 7:30 am every Tuesday and Thursday at Riverside Park.",
  },
  { where: "body", topic: "events", text: "Registration for the diabetes class closes on 2027-01-15." },
  { where: "body", topic: "events", text: "Join us on 12/05/2026 for a free blood pressure check at the library." },
  // Stories told generally.
  {
    where: "body",
    topic: "success story",
    text: "Since the walking group started, dozens of neighbors have told us they sleep better and feel stronger.",
  },
  {
    where: "body",
    topic: "success story",
    text: "Many families in our cooking class now cook at home three nights a week.",
  },
  { where: "body", topic: "success story", text: "Patients can book online, and most now do." },
  {
    where: "body",
    topic: "success story",
    text: "Parents tell us the back-to-school checkup list makes August easier.",
  },
  {
    where: "body",
    topic: "success story",
    text: "Last year our team gave 4,200 flu shots, the most in the clinic's history.",
  },
  // Technical and site text.
  { where: "body", topic: "site", text: "The patient portal app was updated to version 2.4.1 this week." },
  { where: "body", topic: "site", text: "Bring a photo ID and your insurance card to your first visit." },
  {
    where: "body",
    topic: "site",
    text: "Bring your Medicaid card to the visit, and ask billing about a payment plan.",
  },
  {
    where: "body",
    topic: "site",
    text: "Keep a record of your blood pressure readings and bring it to your next visit.",
  },
  {
    where: "body",
    topic: "site",
    text: "Read more at [MedlinePlus](https://medlineplus.gov/) or the [CDC](https://www.cdc.gov/).",
  },
  { where: "body", topic: "site", text: "![A nurse giving a flu shot to a smiling grandmother](/images/flu-shot.jpg)" },
  { where: "body", topic: "site", text: "Take into account your sleep and stress when you plan a new routine." },
  { where: "body", topic: "site", text: "Check your car seat's label for its expiry date before the trip." },
  { where: "body", topic: "site", text: "Medicare covers a yearly wellness visit at no cost to you." },
  // Near misses for the spellings issue 16 teaches the checker to read.
  {
    where: "body",
    topic: "near miss",
    text: "Our nurses \u{1F469}\u200D\u2695\uFE0F are ready for flu season: walk in any weekday.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Every child needs the full immuni\u00ADzation series before kindergarten.",
  },
  { where: "body", topic: "near miss", text: "&copy; 2026 Riverbend Health. Summer camp is for ages 6&ndash;12." },
  { where: "body", topic: "near miss", text: "Type `flu shot` in the search box to find every post about it." },
  { where: "body", topic: "near miss", text: "Walk *30 minutes* a day and drink **8 cups** of water." },
  {
    where: "body",
    topic: "near miss",
    text: "Seniors, 65 and older, get a free blood pressure cuff at the health fair.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "No need to call ahead for a flu shot: just walk in during opening hours.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "A stubbed toe that is sore but not crooked can wait until morning; ice it and rest.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Jet lag? Get outside in daylight, and give yourself a couple of nights to sleep it off.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Take a 10-minute walk twice a day after meals to help your blood sugar.",
  },
  {
    where: "body",
    topic: "near miss",
    text: "Eat two servings of fish a week, and fill half your plate with vegetables.",
  },
  { where: "body", topic: "near miss", text: "You have the right to a free interpreter at every visit." },
  { where: "body", topic: "near miss", text: "Every patient gets a printed copy of their care plan to take home." },
  { where: "body", topic: "near miss", text: "Switch your soda for water, and start your day with a glass of it." },
  {
    where: "body",
    topic: "near miss",
    text: "Take the number 7 bus to the Mill Street stop; we are half a block east.",
  },
  // Front matter and transcripts.
  {
    where: "front-matter",
    topic: "post",
    text: md([
      "title: Flu shots are here",
      "date: 2026-10-01",
      'description: "Walk in for your flu shot at 1200 Mill Street, Monday to Friday."',
      "tags: [flu, vaccines, seasonal]",
      "author: ana-reyes",
    ]),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md([
      "title: Eating well on a budget",
      "date: 2026-09-15",
      "description: >-",
      "  Our dietitian James Okafor shares five cheap,",
      "  filling meals built on beans, rice and frozen vegetables.",
      "author: james-okafor",
    ]),
  },
  {
    where: "front-matter",
    topic: "tip",
    text: md([
      "title: Check smoke alarms twice a year",
      "date: 2026-03-08",
      "category: safety",
      'audience: "Everyone"',
      'summary: "Test the alarm monthly and change batteries when the clocks change."',
      "reviewed: 2026-06-01",
    ]),
  },
  {
    where: "front-matter",
    topic: "episode",
    text: md([
      "title: Sleep, in plain words",
      "date: 2026-07-20",
      "podcast:",
      '  guid: "corpus-clean-episode"',
      "  audio: /media/podcast/episode-001.mp3",
      "  chapters:",
      '    - time: "0:00"',
      '      title: "Welcome"',
      '    - time: "1:30"',
      '      title: "How many hours adults need"',
      "  guests:",
      '    - name: "Ana Reyes, MD"',
      '      role: "Family physician and medical director"',
    ]),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md([
      "title: How to read a nutrition label",
      "date: 2026-05-02",
      "video:",
      "  youtube: Lb5Ka8Ns3Qe",
      '  title: "James Okafor reads a cereal box label"',
      "imageAlt: A dietitian pointing at a food label",
    ]),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md([
      "title: Our new hours",
      "date: 2026-12-20",
      'social: { facebook: "New hours start January 5: we open at 8 am on weekdays.", x: "New hours from Jan 5!" }',
    ]),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md(['"title": "Winter holiday hours"', "date: 2026-12-15", 'tags: ["holidays", "hours"]']),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md(
      [
        "title: A story shared with permission",
        "date: 2026-06-10",
        'patientConsent: { form: "HIPAA authorization 2026-014", date: 2026-03-02 }',
      ],
      "One of our patients, Marisol, 61, agreed to share how the walking group helped her after her knee replacement.",
    ),
  },
  {
    where: "front-matter",
    topic: "post",
    text: md(
      [
        "title: Fever medicine for kids",
        "date: 2026-01-20",
        "medicalReview: { reviewer: ana-reyes, date: 2026-01-18 }",
      ],
      "For children over 6 months, give 10 mg of ibuprofen per kilogram of weight every 6 to 8 hours. Use the syringe that comes with the bottle.",
    ),
  },
  {
    where: "transcript",
    topic: "episode",
    file: "episode-20.vtt",
    text: "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Tom Becker>Welcome to Riverbend Health Talk. In an emergency, call 911.\n\n00:00:05.400 --> 00:00:10.000\n<v Ana Reyes>Today we talk about getting 7 to 9 hours of sleep.\n",
  },
  {
    where: "transcript",
    topic: "episode",
    file: "episode-21.srt",
    text: "1\n00:00:00,000 --> 00:00:04,000\nTom Becker: If you have chest pain, call 911 right away.\n\n2\n00:00:04,500 --> 00:00:08,000\nAna Reyes: And for a mental health crisis, call or text 988.\n",
  },
];
