import sanitizeHtml from "sanitize-html";

/**
 * Why an SVG from posts/ could run script or fetch from elsewhere when a reader opens it (it is published as
 * it is, on the site's own origin, and eleventy-img copies it as it is too), or nothing when it is a plain
 * picture. Checked rather than mended, so the file published is the file the editor sees.
 *
 * What a plain picture holds is listed (the SVG 1.1 and 2 drawing, painting and filter elements), so an
 * element a browser might run (script, foreignObject, animations that set a link, HTML in the SVG) is
 * refused whatever its spelling. Design tools' own elements (Inkscape's sodipodi:namedview…) are in
 * namespaces browsers ignore, so they pass, as long as the prefix is not bound to SVG, HTML or MathML.
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
// Namespaces whose elements a browser renders or runs: a prefix bound to one is checked or refused.
const ACTIVE_NS = new Set([SVG_NS, "http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"]);
// A picture embedded in the file itself (common in exports) cannot run script; anything else is elsewhere.
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|gif|webp|avif);/i;

/** Plain-words reasons the SVG is not a plain picture, or [] when it is. */
export function svgProblems(svg: string): string[] {
  const reasons = new Set<string>();
  // Entities can build a javascript: address (or a billion laughs) that no attribute shows as written.
  if (/<!ENTITY/i.test(svg)) reasons.add("it declares XML entities");
  const elements = elementsOf(svg);
  const prefixes = new Map<string, string>();
  for (const { attribs } of elements) {
    for (const [attribute, value] of Object.entries(attribs)) if (attribute.startsWith("xmlns:")) prefixes.set(attribute.slice(6), value);
  }
  for (const { name, attribs } of elements) {
    const [prefix, local] = name.includes(":") ? (name.split(":", 2) as [string, string]) : [undefined, name];
    const namespace = prefix === undefined ? SVG_NS : prefixes.get(prefix);
    const allowed = namespace === SVG_NS ? DRAWING.includes(local) : namespace !== undefined && !ACTIVE_NS.has(namespace);
    if (!allowed) reasons.add(`it has a <${name}> element`);
    for (const reason of attributeProblems(local, attribs)) reasons.add(reason);
  }
  return [...reasons];
}

function attributeProblems(element: string, attribs: Record<string, string>): string[] {
  const reasons: string[] = [];
  for (const [attribute, value] of Object.entries(attribs)) {
    const local = attribute.split(":").pop()!.toLowerCase();
    if (attribute === "xmlns" && value !== SVG_NS) reasons.push(`it declares the namespace ${value}`);
    if (attribute === "xmlns:xlink" && value !== XLINK_NS) reasons.push(`it binds xlink to ${value}`);
    if (local.startsWith("on")) reasons.push(`it has an ${attribute} attribute (script)`);
    if (local === "href" && !value.startsWith("#") && !(element === "image" && EMBEDDED_PICTURE.test(value))) {
      reasons.push(`it links to "${value.slice(0, 60)}" (only links within the picture, like "#shape", are allowed)`);
    }
    // Browsers ignore tabs, newlines and control characters inside a scheme ("jav\tascript:").
    if (/javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, ""))) reasons.push(`its ${attribute} attribute holds a javascript: address`);
  }
  return reasons;
}

/** Every element of the SVG as written (entities decoded), read by sanitize-html's XML parser. */
function elementsOf(svg: string): { name: string; attribs: Record<string, string> }[] {
  const elements: { name: string; attribs: Record<string, string> }[] = [];
  sanitizeHtml(svg, {
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      "*": (name, attribs) => {
        // A copy: sanitize-html goes on to drop javascript: links from its own.
        elements.push({ name, attribs: { ...attribs } });
        return { tagName: name, attribs };
      },
    },
  });
  return elements;
}
