import sanitizeHtml from "sanitize-html";

/**
 * Why an SVG from posts/ could run script or fetch from elsewhere when a reader opens it (it is published as
 * it is, on the site's own origin, and eleventy-img copies it as it is too), or nothing when it is a plain
 * picture. Checked rather than mended, so the file published is the file the editor sees.
 *
 * What a plain picture holds is listed (the SVG 1.1 and 2 drawing, painting and filter elements), so an
 * element a browser might run (script, foreignObject, animations that set a link, HTML in the SVG) is
 * refused whatever its spelling. Design tools' own elements (Inkscape's sodipodi:namedview…) are in
 * namespaces browsers ignore, so they pass when their namespace is one of DESIGN_TOOL_NS. Nothing may load
 * from elsewhere: links, style sheets (<?xml-stylesheet?>, @import) and CSS url()s stay within the picture.
 */
const DRAWING = [
  ...["svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "view", "style", "image"],
  ...["path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath"],
  ...["linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "filter"],
  ...["feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting"],
  ...["feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR"],
  ...["feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight"],
  ...["feSpecularLighting", "feSpotLight", "feTile", "feTurbulence"],
];
const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
// The namespaces design tools write their own notes in, which browsers neither render nor run. A prefix may
// be bound to SVG, to xlink, or to one of these, and to one namespace only in the whole file: checking it
// once for the file is then as good as resolving it element by element (a prefix bound to HTML in one group
// and to "urn:harmless" in another was let through when the last binding won).
const DESIGN_TOOL_NS = new Set([
  ...["http://www.inkscape.org/namespaces/inkscape", "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"],
  ...[
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
  ],
  ...["http://web.resource.org/cc/", "http://www.bohemiancoding.com/sketch/ns", "http://www.serif.com/"],
  ...[
    "http://ns.adobe.com/AdobeIllustrator/10.0/",
    "http://ns.adobe.com/Extensibility/1.0/",
    "http://ns.adobe.com/Graphs/1.0/",
  ],
  ...[
    "http://ns.adobe.com/SaveForWeb/1.0/",
    "http://ns.adobe.com/Variables/1.0/",
    "http://ns.adobe.com/ImageReplacement/1.0/",
  ],
  ...["http://ns.adobe.com/Flows/1.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/"],
]);
// A picture embedded in the file itself (common in exports) cannot run script; anything else is elsewhere.
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp|avif);/i;
// CSS that loads from elsewhere: any url() but one within the picture (#id), @import, the functions that take
// an address as a string, and escapes, which can spell any of those ("\\75rl(" is "url(").
const CSS_ELSEWHERE =
  /url\((?!\s*['"]?\s*#)[^)]{0,60}\)?|@import[^;]{0,60}|(?:image-set|image|cross-fade|src)\s*\([^)]{0,60}\)?|\\/i;

/** Plain-words reasons the SVG is not a plain picture, or [] when it is. */
export function svgProblems(svg: string): string[] {
  const reasons = new Set<string>();
  // Entities can build a javascript: address (or a billion laughs) that no attribute shows as written.
  if (/<!ENTITY/i.test(svg)) reasons.add("it declares XML entities");
  // <?xml-stylesheet href="…"?> has the browser load a style sheet from anywhere; only the declaration stays.
  for (const [, target] of svg.matchAll(/<\?([^\s?>]*)/g))
    if (target !== "xml") reasons.add(`it has a processing instruction <?${target}?>`);
  const elements = elementsOf(svg);
  const namespaces = prefixBindings(elements, reasons);
  for (const { name, attribs, text } of elements) {
    const [prefix, local] = name.includes(":") ? (name.split(":", 2) as [string, string]) : [undefined, name];
    const namespace = prefix === undefined ? SVG_NS : namespaces.get(prefix);
    const allowed =
      namespace === SVG_NS ? DRAWING.includes(local) : namespace !== undefined && DESIGN_TOOL_NS.has(namespace);
    if (!allowed) reasons.add(`it has a <${name}> element`);
    if (local === "style") for (const reason of cssProblems("<style>", text)) reasons.add(reason);
    for (const reason of attributeProblems(local, attribs, namespaces)) reasons.add(reason);
  }
  return [...reasons];
}

/** The one namespace each prefix is bound to in the file; a prefix bound to anything else is reported. */
function prefixBindings(elements: { attribs: Record<string, string> }[], reasons: Set<string>): Map<string, string> {
  const seen = new Map<string, Set<string>>([["xml", new Set([XML_NS])]]);
  for (const { attribs } of elements) {
    for (const [attribute, value] of Object.entries(attribs)) {
      if (!attribute.startsWith("xmlns:")) continue;
      const prefix = attribute.slice(6);
      seen.set(prefix, (seen.get(prefix) ?? new Set()).add(value));
      const harmless =
        prefix === "xlink"
          ? value === XLINK_NS
          : value === SVG_NS || DESIGN_TOOL_NS.has(value) || (prefix === "xml" && value === XML_NS);
      if (!harmless) reasons.add(`it binds the prefix ${prefix} to ${value.slice(0, 60)}`);
    }
  }
  const namespaces = new Map<string, string>();
  for (const [prefix, values] of seen) {
    if (values.size === 1) namespaces.set(prefix, [...values][0]!);
    else reasons.add(`it binds the prefix ${prefix} to two namespaces`);
  }
  return namespaces;
}

/** Why CSS (a <style>, a style attribute, a presentation attribute like fill or filter) loads from elsewhere. */
function cssProblems(where: string, css: string): string[] {
  const found = CSS_ELSEWHERE.exec(css.replace(/\/\*[\s\S]*?\*\//g, ""));
  if (!found) return [];
  if (found[0] === "\\") return [`its ${where} has a CSS escape (\\), which can spell an address`];
  return [`its ${where} loads from elsewhere ("${found[0].trim()}"): only url(#…) within the picture is allowed`];
}

function attributeProblems(
  element: string,
  attribs: Record<string, string>,
  namespaces: Map<string, string>,
): string[] {
  const reasons: string[] = [];
  for (const [attribute, value] of Object.entries(attribs)) {
    const [prefix, local] = attribute.includes(":")
      ? (attribute.split(":", 2) as [string, string])
      : [undefined, attribute.toLowerCase()];
    if (attribute === "xmlns" && value !== SVG_NS) reasons.push(`it declares the namespace ${value}`);
    if (prefix !== undefined && prefix !== "xmlns" && !namespaces.has(prefix))
      reasons.push(`it has a ${attribute} attribute with an unknown prefix`);
    if (local.toLowerCase().startsWith("on")) reasons.push(`it has an ${attribute} attribute (script)`);
    if (local === "href" && !value.startsWith("#") && !(element === "image" && EMBEDDED_PICTURE.test(value))) {
      reasons.push(`it links to "${value.slice(0, 60)}" (only links within the picture, like "#shape", are allowed)`);
    }
    if (local !== "href" && prefix !== "xmlns") reasons.push(...cssProblems(`${attribute} attribute`, value));
    // Browsers ignore tabs, newlines and control characters inside a scheme ("jav\tascript:").
    if (/javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, "")))
      reasons.push(`its ${attribute} attribute holds a javascript: address`);
  }
  return reasons;
}

/** Every element of the SVG as written (entities decoded, CDATA in its text), read by sanitize-html's XML parser. */
function elementsOf(svg: string): { name: string; attribs: Record<string, string>; text: string }[] {
  const elements: { name: string; attribs: Record<string, string>; text: string }[] = [];
  const open: { text: string }[] = [];
  sanitizeHtml(svg, {
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      "*": (name, attribs) => {
        // A copy: sanitize-html goes on to drop javascript: links from its own.
        const element = { name, attribs: { ...attribs }, text: "" };
        elements.push(element);
        open.push(element);
        return { tagName: name, attribs };
      },
    },
    // Called as each element closes, innermost first, with its text.
    exclusiveFilter: (frame) => {
      const element = open.pop();
      if (element) element.text = frame.text;
      return false;
    },
  });
  return elements;
}
