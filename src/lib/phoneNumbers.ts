import { findNumbers } from "libphonenumber-js/max";

// "POSSIBLE" also finds numbers the library cannot confirm are in service (new area codes, 555 numbers):
// a typo'd number is still someone's number. Its typings leave the option out, hence the cast.
const PHONE_SEARCH = { defaultCountry: "US", v2: true, leniency: "POSSIBLE" } as { defaultCountry: "US"; v2: true };
// libphonenumber-js is thorough and slow, so it only reads the stretches that could hold a number.
const CANDIDATE = /\+?\(?\d[\d\s().-]{7,}\d/g;

export interface PhoneNumberFound {
  /** E.164, like "+15550100123". */
  number: string;
  /** Where it is written in the text. */
  index: number;
  length: number;
}

/**
 * The phone numbers in a text: written for the US, or any number written with its country code. The
 * checker flags them (src/guardrails/rules/phi.ts) and posts link them (src/content/phoneLinks.ts) alike.
 */
export function phoneNumbersIn(text: string): PhoneNumberFound[] {
  return [...text.matchAll(CANDIDATE)].flatMap((candidate) =>
    findNumbers(candidate[0], PHONE_SEARCH).map((found) => ({
      number: found.number.number,
      index: candidate.index + found.startsAt,
      length: found.endsAt - found.startsAt,
    })),
  );
}
