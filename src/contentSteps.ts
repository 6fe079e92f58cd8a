import { blogStep } from "./blog/step.ts";
import type { ContentStep } from "./content/steps.ts";
import { guardrailsStep } from "./guardrails/step.ts";
import { podcastStep } from "./podcast/step.ts";
import { questionsStep } from "./questions/step.ts";
import { siteStep } from "./site/step.ts";
import { socialStep } from "./social/step.ts";
import { tipsStep } from "./tips/step.ts";
import { translationsStep } from "./translations/step.ts";

/**
 * What each feature adds to loading content, in order: the build and every script hand these to
 * loadContent, so all of them see the same posts. (The share texts' field comes before the podcast's and the
 * tips', so the schema lists a post's fields in the order the README does.)
 */
export const CONTENT_STEPS: readonly ContentStep[] = [
  siteStep,
  blogStep,
  socialStep,
  questionsStep,
  podcastStep,
  tipsStep,
  translationsStep,
  guardrailsStep(),
];
