import { CLEAN as ENGLISH_CLEAN } from "./clean.ts";
import { FLAGGED_ADVICE } from "./flaggedAdvice.ts";
import { FLAGGED_CASES } from "./flaggedCases.ts";
import { FLAGGED_EMERGENCY } from "./flaggedEmergency.ts";
import { FLAGGED_PHI } from "./flaggedPhi.ts";
import { SPANISH_CLEAN } from "./spanishClean.ts";
import { SPANISH_FLAGGED } from "./spanishFlagged.ts";
import type { CleanCase, FlaggedCase } from "./types.ts";

export {
  KNOWN_RULES,
  PLANNED_RULES,
  type CleanCase,
  type FlaggedCase,
  type RuleId,
  type Spelling,
  type Where,
} from "./types.ts";

/** Every text the checker must flag, each with the rule that must flag it. */
export const FLAGGED: readonly FlaggedCase[] = [
  ...FLAGGED_PHI,
  ...FLAGGED_CASES,
  ...FLAGGED_ADVICE,
  ...FLAGGED_EMERGENCY,
  ...SPANISH_FLAGGED,
];

/** Every text the checker must pass without a single finding. */
export const CLEAN: readonly CleanCase[] = [...ENGLISH_CLEAN, ...SPANISH_CLEAN];

/** The Spanish share of both, which the corpus test also scores on its own. */
export { SPANISH_CLEAN, SPANISH_FLAGGED };
