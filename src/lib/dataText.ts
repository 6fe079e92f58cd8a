import { z } from "zod";
import { CONTROL_CHARACTER, showControlCharacters } from "./problems.ts";
import { required } from "./zodProblems.ts";

// Longer than any sentence or paragraph a setting holds (the clinic's welcome, the show's description).
const MOST_CHARACTERS = 4000;

/**
 * A text setting in `_data/`: present, not empty, at most a few paragraphs, and free of control characters,
 * which would make the feeds invalid XML (a podcast app then rejects the whole feed) and pages show junk.
 */
export const dataText = (what: string) =>
  z
    .string({ error: required(what) })
    .trim()
    .min(1, { error: `is empty: add ${what}` })
    .max(MOST_CHARACTERS, {
      error: (issue) =>
        `is ${String(issue.input).length} characters, over the ${MOST_CHARACTERS} a setting may hold: shorten it`,
    })
    .refine((value) => !new RegExp(CONTROL_CHARACTER.source).test(value), {
      error: (issue) =>
        `holds a control character ("${showControlCharacters(String(issue.input)).slice(0, 80)}"): retype it without the invisible character`,
    });
