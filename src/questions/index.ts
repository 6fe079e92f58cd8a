/** What other features and the scripts use of "Ask us": the question field's limit, and the form's choice. */
export { QUESTION_CHARS } from "./step.ts";
export { askFormMode, type AskFormMode } from "./askForm.ts";
