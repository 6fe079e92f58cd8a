/** What other features use of the editorial tools: the messaging plan as the team wrote it. */
export { readPlan, type PlanData } from "./plan.ts";
