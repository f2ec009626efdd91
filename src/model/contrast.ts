/*
 * WCAG 2.x relative luminance and contrast, and a fitter that moves a colour into the
 * luminance band where it keeps 3:1 (WCAG 1.4.11, non-text contrast) against every
 * plot background of both themes. One colour then serves light and dark alike, so the
 * canvas, the SVG marks and the swatches never need per-theme palettes.
 */

/** "#rgb" or "#rrggbb" as [r, g, b] in 0..255; null when it is not a hex colour. */
export function parseHex(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function channelToLinear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour, 0 (black) .. 1 (white). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  return 0.2126 * channelToLinear(r) + 0.7152 * channelToLinear(g) + 0.0722 * channelToLinear(b);
}

/** WCAG contrast ratio of two luminances, 1 .. 21. */
export function contrastOfLuminances(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG contrast ratio of two sRGB colours. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  return contrastOfLuminances(relativeLuminance(a), relativeLuminance(b));
}

/**
 * The luminances a mark may have to keep `ratio` against every background given: above the
 * darkest light background's limit and below the lightest dark one's. Light backgrounds
 * bound it from above, dark ones from below.
 */
export function luminanceBand(
  backgrounds: { light: readonly string[]; dark: readonly string[] },
  ratio: number,
): { min: number; max: number } {
  const lum = (c: string) => relativeLuminance(parseHex(c) ?? [0, 0, 0]);
  const darkest = Math.min(...backgrounds.light.map(lum));
  const lightest = Math.max(...backgrounds.dark.map(lum));
  return { min: ratio * (lightest + 0.05) - 0.05, max: (darkest + 0.05) / ratio - 0.05 };
}

const toHex = (rgb: readonly number[]) =>
  '#' + rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('');

/**
 * `color` moved into the luminance band by mixing it with black (too light) or white
 * (too dark), as little as needed, so its hue stays; colours already inside are unchanged.
 */
export function fitLuminance(color: string, band: { min: number; max: number }): string {
  const rgb = parseHex(color);
  if (!rgb) return color;
  const l = relativeLuminance(rgb);
  if (l >= band.min && l <= band.max) return toHex(rgb);
  const target = l > band.max ? [0, 0, 0] : [255, 255, 255];
  const inBand = (m: number) => {
    const lum = relativeLuminance(rgb.map((c, i) => c + (target[i] - c) * m));
    return l > band.max ? lum <= band.max : lum >= band.min;
  };
  // Bisection on the mix: luminance is monotonic in it.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (inBand(mid)) hi = mid;
    else lo = mid;
  }
  // Round each channel towards the target so rounding cannot step back out of the band.
  const mixed = rgb.map((c, i) => c + (target[i] - c) * hi);
  return toHex(mixed.map((c) => (l > band.max ? Math.floor(c) : Math.ceil(c))));
}
