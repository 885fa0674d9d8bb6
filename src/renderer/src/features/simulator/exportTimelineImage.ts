/**
 * Save a timeline as SVG or PNG through the browser's own download: the SVG is serialised
 * as it is drawn (its colours are on the elements), the PNG is that SVG painted on a canvas.
 */
import { downloadText } from '../../lib/download/downloadText';

export function timelineSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1000 200').split(/\s+/).map(Number);
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadTimelineSvg(svg: SVGSVGElement, filename: string): void {
  downloadText(filename, timelineSvgText(svg), 'image/svg+xml');
}

/** Resolves false when this page cannot paint (no canvas): the caller says so. */
export function downloadTimelinePng(svg: SVGSVGElement, filename: string, scale = 2): Promise<boolean> {
  const text = timelineSvgText(svg);
  const [, , w = 1000, h = 200] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return new Promise((resolve) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = w * scale;
      canvas.height = h * scale;
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        resolve(false);
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, w, h);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (!blob) {
          resolve(false);
          return;
        }
        const link = document.createElement('a');
        const pngUrl = URL.createObjectURL(blob);
        link.href = pngUrl;
        link.download = filename;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
        resolve(true);
      }, 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      resolve(false);
    };
    image.src = url;
  });
}
