import type { MedicalClinic, OpeningHoursSpecification, Person, PodcastSeries, WebSite } from "schema-dts";
import type { Author, Clinic } from "../clinicData/schema.ts";
import type { Show } from "../clinicData/showSchema.ts";

/** Makes a site path a full address (PublishedView.absolute). */
export type Absolute = (url: string) => string;

/** The graph's own ids: one node per thing, which every page's graph points to by id. */
export const ids = (absolute: Absolute) => ({
  clinic: absolute("/#clinic"),
  website: absolute("/#website"),
  /** The show in a language: its page is under the language's prefix (/es/podcast/). */
  podcast: (prefix = "") => absolute(`${prefix}/podcast/#podcast`),
  person: (author: Author) => absolute(`${authorUrl(author)}#person`),
});

/** A member of staff's own page. */
export const authorUrl = (author: { id: string }) => `/authors/${author.id}/`;

/** The policy page, which the website node names as its publishing principles. */
export const POLICY_URL = "/editorial-policy/";

export function clinicNode(clinic: Clinic, absolute: Absolute): MedicalClinic {
  const hours = openingHours(clinic.hours);
  return {
    "@type": "MedicalClinic",
    "@id": ids(absolute).clinic,
    name: clinic.name,
    alternateName: clinic.shortName,
    url: absolute("/"),
    logo: absolute(clinic.logo),
    image: absolute(clinic.logo),
    description: clinic.tagline,
    telephone: clinic.phone,
    email: clinic.email,
    address: {
      "@type": "PostalAddress",
      streetAddress: clinic.address.street,
      addressLocality: clinic.address.city,
      addressRegion: clinic.address.region,
      postalCode: clinic.address.postalCode,
      addressCountry: clinic.address.country,
    },
    ...(hours.length > 0 && { openingHoursSpecification: hours }),
    sameAs: clinic.social.map((account) => account.url),
    publishingPrinciples: absolute(POLICY_URL),
  };
}

/** The website, in every language it is written in (one, or a list: ["en-US", "es-US"]). */
export function websiteNode(clinic: Clinic, absolute: Absolute, locales: readonly string[]): WebSite {
  return {
    "@type": "WebSite",
    "@id": ids(absolute).website,
    name: clinic.name,
    url: absolute("/"),
    inLanguage: locales.length === 1 ? locales[0] : [...locales],
    publisher: { "@id": ids(absolute).clinic },
    publishingPrinciples: absolute(POLICY_URL),
  };
}

/** A member of staff, with their role and bio in `lang` where their staff file has them. */
export function personNode(author: Author, absolute: Absolute, lang?: string): Person {
  const own = (lang && author.languages[lang]) || {};
  // "RDN, LDN": one credential each.
  const credentials = author.credentials
    .split(",")
    .map((credential) => credential.trim())
    .filter(Boolean);
  return {
    "@type": "Person",
    "@id": ids(absolute).person(author),
    name: author.name,
    jobTitle: own.role ?? author.role,
    description: own.bio ?? author.bio,
    image: absolute(author.photo),
    url: absolute(authorUrl(author)),
    worksFor: { "@id": ids(absolute).clinic },
    // "@ana@mastodon.social" is https://mastodon.social/@ana.
    ...(author.mastodon && { sameAs: author.mastodon.replace(/^@([^@]+)@(.+)$/, "https://$2/@$1") }),
    ...(credentials.length > 0 && {
      honorificSuffix: author.credentials,
      hasCredential: credentials.map((name) => ({ "@type": "EducationalOccupationalCredential", name })),
    }),
  };
}

export function podcastNode(show: Show, absolute: Absolute, prefix = ""): PodcastSeries {
  return {
    "@type": "PodcastSeries",
    "@id": ids(absolute).podcast(prefix),
    name: show.title,
    description: show.description,
    url: absolute(`${prefix}/podcast/`),
    image: absolute(show.image),
    inLanguage: show.language,
    webFeed: absolute(`${prefix}/podcast.xml`),
    publisher: { "@id": ids(absolute).clinic },
  };
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * clinic.json's hours ("Monday to Friday", "8:00 am" to "7:00 pm") as schema.org reads them. Hours written
 * some other way (another language, "by appointment") are left out of the graph; the pages show them as
 * written either way.
 */
export function openingHours(hours: Clinic["hours"]): OpeningHoursSpecification[] {
  return hours.flatMap(({ days, open, close }) => {
    const dayList = daysIn(days);
    const [opens, closes] = [time24(open), time24(close)];
    if (!dayList || !opens || !closes) return [];
    return [{ "@type": "OpeningHoursSpecification", dayOfWeek: dayList, opens, closes }];
  });
}

/** "Monday to Friday", "Saturday", "Monday, Wednesday and Friday" as day names; undefined if not all days. */
function daysIn(text: string): (typeof DAYS)[number][] | undefined {
  const dayAt = (word: string) => DAYS.findIndex((day) => day.toLowerCase() === word.trim().toLowerCase());
  const range = /^(\w+)\s+(?:to|through|-|–)\s+(\w+)$/i.exec(text.trim());
  if (range) {
    const [from, to] = [dayAt(range[1]!), dayAt(range[2]!)];
    return from >= 0 && to >= from ? DAYS.slice(from, to + 1) : undefined;
  }
  const listed = text.split(/,|\band\b/).map(dayAt);
  return listed.every((i) => i >= 0) ? listed.map((i) => DAYS[i]!) : undefined;
}

/** "8:00 am", "7 pm", "19:30" as "08:00", "19:00", "19:30"; undefined for "Closed" and the like. */
function time24(text: string): string | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? "0");
  const half = match[3]?.toLowerCase()[0];
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === "p" && hour < 12) hour += 12;
  if (half === "a" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
