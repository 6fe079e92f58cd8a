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
  const prefixes = new Map<string, string>();
  const elements: { name: string; attribs: Record<string, string> }[] = [];
  sanitizeHtml(svg, {
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      "*": (name, attribs) => {
        elements.push({ name, attribs: { ...attribs } }); // a copy: sanitize-html then drops javascript: links from its own
        for (const [attribute, value] of Object.entries(attribs)) if (attribute.startsWith("xmlns:")) prefixes.set(attribute.slice(6), value);
        return { tagName: name, attribs };
      },
    },
  });
  for (const { name, attribs } of elements) {
    const [prefix, local] = name.includes(":") ? name.split(":", 2) as [string, string] : [undefined, name];
    const namespace = prefix === undefined ? SVG_NS : prefixes.get(prefix);
    if (namespace === SVG_NS ? !DRAWING.includes(local) : !namespace || ACTIVE_NS.has(namespace)) reasons.add(`it has a <${name}> element`);
    for (const [attribute, value] of Object.entries(attribs)) {
      const localAttribute = attribute.split(":").pop()!.toLowerCase();
      if (attribute === "xmlns" && value !== SVG_NS) reasons.add(`it declares the namespace ${value}`);
      if (localAttribute.startsWith("on")) reasons.add(`it has an ${attribute} attribute (script)`);
      if (localAttribute === "href" && !value.startsWith("#") && !(local === "image" && EMBEDDED_PICTURE.test(value))) {
        reasons.add(`it links to "${value.slice(0, 60)}" (only links within the picture, like "#shape", are allowed)`);
      }
      if (/javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, ""))) reasons.add(`its ${attribute} attribute holds a javascript: address`);
    }
  }
  if (prefixes.get("xlink") !== undefined && prefixes.get("xlink") !== XLINK_NS) reasons.add("it binds xlink to another namespace");
  return [...reasons];
}
