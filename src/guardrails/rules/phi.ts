import { phoneNumbersIn } from "../../lib/phoneNumbers.ts";
import { matchesOf, overlaps, type Rule, type RuleMatch } from "../finding.ts";
import { BIRTH_DATE_RULE } from "./birthDate.ts";
import { bilingual, forText, spanishPhrase, START } from "./spanish.ts";
import { spanishStreetAddresses } from "./spanishStreet.ts";

// "MRN: 123", "Medicaid ID is 847261935": a label, then an id with a digit in it. After "is" or "was" the label
// must name an id ("ID", "number") and the id be six characters or more, so "the group is 2024's" passes.
const LABELLED_ID = (labels: string) =>
  new RegExp(
    String.raw`\b(?:${labels})(?:\s*(?:ID|number|no\.?|#)?\s*[:#]?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}|\s*(?:ID|number|no\.?|#)\s+(?:is|was)\s+(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,})\b`,
    "gi",
  );

// The same in Spanish, where the word for "number" comes first ("número de expediente: 00482913", "ID de
// Medicaid 948372615", "expediente n.º 4839201"). With a word for "number" any label counts; without one, a
// label needs a colon ("expediente: 4839201") or an id of six characters or more ("historia clínica 44-20193").
// "n.º" is read "n.o" (NFKC, readerText.ts).
// Labels that are ordinary words alone ("paciente", "grupo", "serie") count only with a word for "number".
const SPANISH_NUMBER = String.raw`(?:${spanishPhrase("número|núm\\.?|identificación")}|n\.?\s?[º°o]\.?|#|ID)`;
const SPANISH_ID = (least: number) => String.raw`(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{${least - 1},}\b`;
const SPANISH_LABELLED_ID = (labels: string, numberedOnly?: string) => {
  const any = spanishPhrase(numberedOnly ? `${labels}|${numberedOnly}` : labels);
  const alone = spanishPhrase(labels);
  return String.raw`${START}(?:${SPANISH_NUMBER}\s+(?:del?|de\s+(?:la|su))\s+(?:${any})(?:\s*[:#]\s*|\s+(?:es|era|fue)\s+|\s+)${SPANISH_ID(4)}|(?:${any})\s+${SPANISH_NUMBER}\s*[:#]?\s*${SPANISH_ID(4)}|(?:${alone})(?:\s*[:#]\s*${SPANISH_ID(4)}|\s+${SPANISH_ID(6)}))`;
};
/** An id after an English label, or a Spanish one in a text that holds Spanish (one search for both). */
const ID_AFTER_LABEL = (english: string, spanish: string, numberedOnly?: string) =>
  bilingual(LABELLED_ID(english).source, SPANISH_LABELLED_ID(spanish, numberedOnly), "gi");

const RECORD_ID = ID_AFTER_LABEL(
  String.raw`MRN|medical record|chart|patient ID|patient number`,
  "MRN|expediente(?: médico| clínico)?|historia clínica|historial (?:médico|clínico)|registro médico",
  "paciente",
);
const MEMBER_ID = ID_AFTER_LABEL(
  String.raw`member|subscriber|policy|group|Medicaid|Medicare|health plan|insurance`,
  "miembro|afiliad[oa]|asegurad[oa]|suscriptor|póliza|Medicaid|Medicare|plan de salud|seguro médico",
  "grupo|seguro",
);
const ACCOUNT_ID = ID_AFTER_LABEL(String.raw`account|acct|billing`, "cuenta|factura|facturación");
const LICENCE_ID = ID_AFTER_LABEL(
  String.raw`driver'?s licen[cs]e|licen[cs]e|certificate|VIN|vehicle|licen[cs]e plate|plate|serial|device`,
  "licencia de (?:conducir|manejo|manejar)|permiso de conducir|licencia|placa|matrícula|certificado|VIN|vehículo|dispositivo",
  "serie",
);

const SSN = bilingual(
  String.raw`\b(?!000|666|9\d\d)\d{3}([-. ])(?!00)\d{2}\1(?!0000)\d{4}\b|\bSSN\s*[:#]?\s*\d{9}\b`,
  String.raw`\bseguro\s+social\s*[:#]?\s*\d{9}\b`,
  "gi",
);

/**
 * The HIPAA Safe Harbor identifiers that can appear in text (45 CFR 164.514(b)(2)). A clinic's own phone,
 * email and address are not patient data and pass.
 */
export const PHI_RULES: Rule[] = [
  {
    id: "phi/ssn",
    severity: "error",
    fix: "remove the Social Security number",
    check: ({ text, spanish }) =>
      // Groups split by one kind of separator, as the number is typed or read aloud: 123-45-6789, and after
      // "SSN" or "Social Security" ("Seguro Social") also 123.45.6789 or 123 45 6789, which are scores or sizes
      // elsewhere (readerText.ts has already made other hyphens, no-break spaces and escapes plain).
      matchesOf(
        text,
        forText(SSN, spanish),
        () => "looks like a Social Security number",
        (m) =>
          m[1] === undefined ||
          m[1] === "-" ||
          /\b(?:SSN|social security|seguro social)\b/i.test(text.slice(Math.max(0, m.index - 40), m.index)),
      ),
  },
  {
    id: "phi/record-number",
    severity: "error",
    fix: "remove the medical record number",
    check: ({ text, spanish }) =>
      matchesOf(text, forText(RECORD_ID, spanish), () => "looks like a medical record number"),
  },
  {
    id: "phi/member-id",
    severity: "error",
    fix: "remove the insurance member ID",
    check: ({ text, spanish }) => [
      ...matchesOf(text, forText(MEMBER_ID, spanish), () => "looks like a health plan, Medicaid or Medicare member ID"),
      // A Medicare Beneficiary Identifier: 11 characters in a fixed pattern (CMS's MBI format), as printed on
      // the card (in groups of 4, 3 and 4, split by dashes or spaces) or run together.
      ...matchesOf(
        text,
        /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d([- ]?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d\1[AC-HJKMNP-RT-Y]{2}\d{2}\b/g,
        () => "looks like a Medicare number (MBI)",
      ),
    ],
  },
  {
    id: "phi/account-number",
    severity: "error",
    fix: "remove the account number",
    check: ({ text, spanish }) => matchesOf(text, forText(ACCOUNT_ID, spanish), () => "looks like an account number"),
  },
  BIRTH_DATE_RULE,
  {
    id: "phi/phone",
    severity: "error",
    fix: "use the clinic's own number, or remove it (a public hotline can be allowed with a reason)",
    check: ({ text, clinic }) =>
      phoneNumbersIn(text)
        .filter((found) => !clinic.phones.includes(found.number.replace(/\D/g, "")))
        .map(({ index, length }) => ({ index, length, message: "is a phone or fax number that is not the clinic's" })),
  },
  {
    id: "phi/email",
    severity: "error",
    fix: "use the clinic's own address, or remove it",
    check: ({ text, clinic, spanish }) => [
      // Starts only where a run of name characters starts: from every point inside a long run without an
      // "@" (a post of "1.1.1…"), the search took time in the square of the run's length.
      ...matchesOf(
        text,
        /(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b/g,
        () => "is an email address outside the clinic",
        (m) => !clinic.emailDomains.includes((m[1] ?? "").toLowerCase()),
      ),
      // Written to get past spam harvesters, "jlee [at] example [dot] org" is still someone's address. (Only
      // looked for where an "[at]" is: the search from every word is slow.)
      // In Spanish, "jlee [arroba] ejemplo [punto] org".
      ...(!(/[[(]\s*at\s*[\])]/i.test(text) || (spanish && /[[(]\s*arroba\s*[\])]/i.test(text)))
        ? []
        : matchesOf(
            text,
            /\b[\w.+-]+\s*[[(]\s*(?:at|arroba)\s*[\])]\s*([\w-]+(?:\s*(?:[[(]\s*(?:dot|punto)\s*[\])]|\.)\s*[\w-]+)+)\b/gi,
            () => "is an email address outside the clinic",
            (m) =>
              !clinic.emailDomains.includes(
                (m[1] ?? "").replace(/\s*(?:[[(]\s*(?:dot|punto)\s*[\])]|\.)\s*/gi, ".").toLowerCase(),
              ),
          )),
    ],
  },
  {
    id: "phi/street-address",
    severity: "error",
    fix: "use the clinic's address, or name a public place instead",
    check: ({ text, clinic, spanish }) => {
      const english = matchesOf(
        text,
        /\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle)\b\.?/g,
        () => "is a street address that is not the clinic's",
        (m) => !clinic.street.toLowerCase().startsWith(m[0].replace(/\.$/, "").toLowerCase()),
      );
      // An address read both ways ("Dirección: 2215 Maple Street") is one finding, the English one.
      if (!spanish) return english;
      return [
        ...english,
        ...spanishStreetAddresses(text, clinic.street).filter((m) => !english.some((e) => overlaps(e, m))),
      ];
    },
  },
  {
    id: "phi/ip-address",
    severity: "error",
    fix: "remove the IP address",
    check: ({ text }) => [
      ...matchesOf(
        text,
        /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g,
        () => "is an IP address",
      ),
      ...ipv6Addresses(text),
    ],
  },
  {
    id: "phi/id-number",
    severity: "error",
    fix: "remove the licence, certificate, vehicle or device number",
    check: ({ text, spanish }) => [
      ...matchesOf(
        text,
        forText(LICENCE_ID, spanish),
        () => "looks like a licence, certificate, vehicle or device number",
      ),
      // A licence plate as it is painted, in groups split by spaces or dashes ("plate, 7 KJD 219"): capitals and
      // digits, five or more, two of them digits (so "plate: 2 CUPS" is not one).
      ...matchesOf(
        text,
        /\b(?:[Ll]icen[cs]e )?[Pp]late(?: number)?(?:,| is| was|:)?\s+([A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3})\b/g,
        () => "looks like a licence, certificate, vehicle or device number",
        (m) => /\d.*\d/.test(m[1]!) && m[1]!.replace(/[ -]/g, "").length >= 5,
      ),
      // A vehicle identification number: 17 letters and digits (never I, O or Q), with both in it.
      ...matchesOf(
        text,
        /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g,
        () => "looks like a vehicle identification number",
      ),
    ],
  },
];

// IPv6: groups of hex digits split by colons, with a digit, and a letter or a "::" in them, so 10:30:15 is a time
// and "abc:def" a word. Looked for
// from each colon, as a search that starts at every letter a to f takes ten times as long.
const IPV6 = /(?:[\da-f]{1,4}:){2,7}(?::|(?::[\da-f]{1,4}){1,6}|[\da-f]{1,4})(?![\w:])/iy;

function ipv6Addresses(text: string): RuleMatch[] {
  const found: RuleMatch[] = [];
  let next = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", Math.max(colon + 1, next))) {
    let start = colon;
    while (start > colon - 4 && /[\da-f]/i.test(text[start - 1] ?? "")) start--;
    if (start === colon || /[\w:]/.test(text[start - 1] ?? "")) continue;
    IPV6.lastIndex = start;
    const address = IPV6.exec(text)?.[0];
    if (!address || !/\d/.test(address) || !/[a-f]|::/i.test(address)) continue;
    found.push({ index: start, length: address.length, message: "is an IP address" });
    next = start + address.length;
  }
  return found;
}
