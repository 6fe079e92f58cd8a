import type { AskFormSetting } from "../clinicData/schema.ts";

/**
 * How readers reach the clinic from /ask/: a form Netlify receives, or, where no one would receive a form
 * (GitHub Pages and other plain static hosts), an email link and the clinic's social accounts. A form that
 * cannot be delivered is never shown: its words would be lost.
 */

export type AskFormMode = "netlify" | "email";

/** Netlify sets NETLIFY=true in every build it runs (https://docs.netlify.com/configure-builds/environment-variables/). */
export function askFormMode(setting: AskFormSetting, env: NodeJS.ProcessEnv = process.env): AskFormMode {
  if (setting !== "auto") return setting;
  return env.NETLIFY === "true" ? "netlify" : "email";
}

/** The form's name in Netlify's list of forms, and the value of its hidden `form-name` field. */
export const ASK_FORM_NAME = "ask";
/** The field robots fill and people never see: Netlify drops a submission that has it (`netlify-honeypot`). */
export const HONEYPOT_FIELD = "website";

/**
 * How long each answer may be, in characters. A question or topic is a sentence or a short paragraph; the
 * limit leaves room for that and stops a pasted medical history. An email address is at most 254 characters
 * (RFC 5321's path limit less its brackets).
 */
export const ASK_FIELD_LIMITS = { question: 1000, name: 80, email: 254, language: 60 } as const;

/**
 * A mailto: link with its subject and body filled in. Each part is percent-encoded (RFC 6068): spaces as
 * %20, not "+", which mail programs show as a plus; line breaks as %0D%0A. The address keeps its "@".
 */
export function mailtoHref(address: string, { subject, body }: { subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encode(address).replace(/%40/g, "@")}?subject=${encode(subject)}&body=${encode(body)}`;
}
