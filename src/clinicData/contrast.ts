import type { Clinic } from "./schema.ts";

/** WCAG 2.1 relative luminance of a "#rrggbb" colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour pairs the stylesheet puts text in, each held to WCAG AA for body text (4.5:1). Returns one
 * message per pair that falls short, naming the colours to change.
 */
export function brandContrastProblems(colors: Clinic["colors"]): { field: string; message: string }[] {
  const pairs: [string, string, string, string][] = [
    ["text", "background", colors.text, colors.background],
    ["muted", "background", colors.muted, colors.background],
    ["muted", "surface", colors.muted, colors.surface],
    // A link under the pointer, and the draft and scheduled labels.
    ["accent", "background", colors.accent, colors.background],
    ["accent", "surface", colors.accent, colors.surface],
    ["brandDark", "background", colors.brandDark, colors.background],
    ["brandDark", "surface", colors.brandDark, colors.surface],
    ["text", "surface", colors.text, colors.surface],
    ["brandDark", "white button text", colors.brandDark, "#ffffff"],
    ["accent", "white button text", colors.accent, "#ffffff"],
  ];
  return pairs.flatMap(([field, against, fg, bg]) => {
    const ratio = contrastRatio(fg, bg);
    return ratio >= 4.5
      ? []
      : [
          {
            field: `colors.${field}`,
            message: `is ${fg} on ${against} (${bg}): contrast ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs for text. Choose a darker or lighter shade`,
          },
        ];
  });
}
