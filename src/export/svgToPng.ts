import { formatInteger } from '../i18n/format';
import { t } from '../i18n/export.en';
/**
 * An SVG document as a PNG, drawn by the browser: the SVG goes into an <img> from
 * a blob: URL (the page's CSP allows blob: images; an SVG loaded as an image runs
 * no script and fetches nothing), then onto a canvas of the image's own size.
 * Give it an SVG whose width and height are already the pixels wanted (viewSvg's
 * `scale`), so text and shapes are drawn at that size rather than enlarged.
 */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('exportNoCanvas'));
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('exportTooLarge', { width: formatInteger(canvas.width), height: formatInteger(canvas.height) })))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
