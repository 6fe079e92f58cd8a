import { z, type ZodType } from "zod";
import { CLINIC_DATE_META } from "../content/postSchema.ts";

/** One field of the web editor's form, as Decap CMS reads it (https://decapcms.org/docs/widgets/). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  fields?: EditorField[];
  field?: EditorField;
  [setting: string]: unknown;
}

/**
 * What a field needs besides what its schema says: a choice of staff, an upload, a date picker. Keyed by
 * the field's path ("medicalReview.reviewer"); `base` is the field as the schema alone would make it.
 */
export type SpecialWidgets = Record<string, (base: EditorField) => EditorField>;

/** A field's widget and its settings, without its name and label. */
type Widget = { widget: string; [setting: string]: unknown };

/** The web editor cannot show a field: names the field and what to do, for the build's message. */
export class UnsupportedField extends Error {}

// A string longer than this gets a box of several lines (descriptions, summaries, bios) instead of one line.
const ONE_LINE_CHARS = 250;

interface Unwrapped {
  schema: ZodType;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
  isDate: boolean;
}

const typeOf = (schema: ZodType) => schema._zod.def.type;
const metaOf = (schema: ZodType) => z.globalRegistry.get(schema);

/**
 * Looks through the wrappers a field's schema has (optional, default, a pipe from what is written to what
 * the build makes of it) to what an editor types. A pipe's input side is what the file holds, unless it
 * takes anything (a date's raw text), when its output side says more.
 */
function unwrap(schema: ZodType): Unwrapped {
  const found: Unwrapped = { schema, optional: false, isDate: false };
  for (let current: ZodType | undefined = schema; current;) {
    const meta = metaOf(current);
    found.description ??= meta?.description;
    if (meta?.format === CLINIC_DATE_META.format) found.isDate = true;
    const def = current._zod.def as unknown as Record<string, unknown>;
    switch (def.type) {
      case "optional":
      case "nullable":
        found.optional = true;
        current = def.innerType as ZodType;
        break;
      case "default":
      case "prefault":
        found.optional = true;
        found.defaultValue = def.defaultValue;
        current = def.innerType as ZodType;
        break;
      case "pipe": {
        const input = def.in as ZodType;
        current = ["unknown", "any", "transform"].includes(typeOf(input)) ? (def.out as ZodType) : input;
        break;
      }
      default:
        found.schema = current;
        current = undefined;
    }
  }
  return found;
}

/** "medicalReview" → "Medical review"; "imageAlt" → "Image alt". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The editor's fields for an object's shape, in the schema's order. `required` is false under an optional
 * parent: the editor cannot say "needed once the parent is filled in", so there the build says it.
 */
export function fieldsFor(
  shape: Record<string, ZodType>,
  special: SpecialWidgets,
  { path = "", parentRequired = true }: { path?: string; parentRequired?: boolean } = {},
): EditorField[] {
  return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema, special, path, parentRequired));
}

function fieldFor(
  name: string,
  schema: ZodType,
  special: SpecialWidgets,
  parentPath: string,
  parentRequired: boolean,
): EditorField {
  const path = parentPath ? `${parentPath}.${name}` : name;
  const { schema: inner, optional, defaultValue, description, isDate } = unwrap(schema);
  const required = parentRequired && !optional;
  const base: EditorField = {
    name,
    label: labelFor(name),
    required,
    ...(description && { hint: description }),
    ...(defaultValue !== undefined && isPlain(defaultValue) && { default: defaultValue }),
    ...(isDate ? DATE_WIDGET : widgetOrSpecial(() => widgetFor(inner, path, special, required), special[path])),
  };
  const make = special[path];
  return make ? make(base) : base;
}

// Written as the build reads dates (src/lib/dates.ts): a calendar day, taken in the clinic's time zone.
const DATE_WIDGET: Widget = { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };

/** A field with a special widget needs no widget of its own (a record of languages is one). */
function widgetOrSpecial(widget: () => Widget, special: unknown): Widget {
  try {
    return widget();
  } catch (error) {
    if (special && error instanceof UnsupportedField) return { widget: "string" };
    throw error;
  }
}

// Defaults the editor can hold (not an empty object a schema fills in later).
const isPlain = (value: unknown) =>
  typeof value !== "object" || (Array.isArray(value) && value.every((item) => typeof item !== "object"));

/** The widget and its settings for one unwrapped schema. */
function widgetFor(schema: ZodType, path: string, special: SpecialWidgets, required: boolean): Widget {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case "string": {
      const max = (schema as z.ZodString).maxLength;
      return { widget: max !== null && max > ONE_LINE_CHARS ? "text" : "string" };
    }
    case "boolean":
      return { widget: "boolean" };
    case "number": {
      const number = schema as z.ZodNumber;
      return {
        widget: "number",
        value_type: number.isInt ? "int" : "float",
        ...(Number.isFinite(number.minValue) && { min: number.minValue }),
        ...(Number.isFinite(number.maxValue) && { max: number.maxValue }),
      };
    }
    case "enum":
      return { widget: "select", options: (schema as z.ZodEnum).options.map(String) };
    case "union":
      // A time written as text or as a number of seconds ("1:05" or 65): the editor writes text.
      if ((def.options as ZodType[]).every((option) => ["string", "number"].includes(typeOf(option))))
        return { widget: "string" };
      break;
    case "object":
      return {
        widget: "object",
        // An optional group (a video, an event) stays folded until someone opens it.
        ...(!required && { collapsed: true }),
        fields: fieldsFor(def.shape as Record<string, ZodType>, special, { path, parentRequired: required }),
      };
    case "array": {
      const element = unwrap(def.element as ZodType).schema;
      if (typeOf(element) === "object")
        return {
          widget: "list",
          fields: fieldsFor((element as z.ZodObject).shape, special, { path, parentRequired: true }),
        };
      if (typeOf(element) === "string") return { widget: "list" };
      break;
    }
  }
  throw new UnsupportedField(
    `the field "${path}" is a ${String(def.type)} the web editor has no widget for: give it one in src/admin/widgets.ts`,
  );
}
