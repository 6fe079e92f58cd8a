/** Facts about the sample clinic the browser tests check pages against, read from the same data the build uses. */
import { readFileSync } from "node:fs";
import { PROJECT_ROOT } from "./fixtureSite.ts";

const json = (file: string) => JSON.parse(readFileSync(`${PROJECT_ROOT}/${file}`, "utf8"));

export const clinic = json("_data/clinic.json");
export const settings = json("_data/settings.json");
export const show = json("_data/podcast.json");

/** Published sample posts, newest first, as of the pinned test date (2026-11-26 at the clinic). */
export const PUBLISHED = [
  "staying-calm-during-the-holidays",
  "podcast-eating-well-on-a-budget",
  "podcast-flu-season-in-plain-words",
  "flu-shots-are-here",
  "podcast-welcome-to-riverbend-health-talk",
  "back-to-school-health-checklist",
  "tell-us-what-you-want-to-learn",
  "how-our-walking-group-got-moving",
  "eating-well-with-diabetes",
  "finding-trustworthy-health-information",
  "eating-more-vegetables-on-a-budget",
  "preventing-falls-at-home",
  "welcome-to-our-blog",
];
/** Published Spanish sample posts (posts/es/), newest first, and tips (posts/es/tips/). */
export const PUBLISHED_ES = [
  "como-mantener-la-calma-en-las-fiestas",
  "podcast-la-temporada-de-gripe-en-palabras-sencillas",
  "ya-llegaron-las-vacunas-contra-la-gripe",
  "lista-de-salud-para-el-regreso-a-clases",
  "diez-maneras-de-comer-mas-verduras-sin-gastar-mucho",
  "como-prevenir-caidas-en-casa",
];
export const TIPS_ES = [
  "como-lavarse-bien-las-manos",
  "guarde-sus-medicinas-en-un-lugar-seguro",
  "lleve-una-lista-de-sus-medicinas-a-cada-cita",
  "proteja-a-sus-ninos-del-sol",
  "protejase-del-calor",
  "revise-sus-alarmas-de-humo",
  "un-plato-saludable-sin-gastar-mucho",
];
export const DRAFT = "summer-heat-safety";
export const SCHEDULED = "winter-holiday-hours";
