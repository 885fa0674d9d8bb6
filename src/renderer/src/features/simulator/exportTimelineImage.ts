/**
 * Save a timeline as SVG or PNG through the browser's own download: the SVG is serialised
 * as it is drawn (its colours are on the elements), the PNG is that SVG painted on a canvas.
 */
import { downloadText } from '../../lib/download/downloadText';

/**
 * The timeline as one SVG file: the screen draws it as stacked SVG layers of one size
 * (TimelineSvg), merged here into one SVG, in the order they are painted.
 */
export function timelineSvgText(timeline: Element): string {
  const layers = timeline instanceof SVGSVGElement ? [timeline] : [...timeline.querySelectorAll<SVGSVGElement>(':scope > svg')];
  const first = layers[0];
  if (!first) return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>`;
  const copy = first.cloneNode(false) as SVGSVGElement;
  for (const layer of layers) for (const child of layer.childNodes) copy.appendChild(child.cloneNode(true));
  const [, , w, h] = viewBoxOf(first);
  copy.removeAttribute('class');
  copy.removeAttribute('data-timeline-layer');
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const label = timeline.getAttribute('aria-label');
  if (label !== null) {
    copy.setAttribute('role', 'group');
    copy.setAttribute('aria-label', label);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function viewBoxOf(timeline: Element): number[] {
  const svg = timeline instanceof SVGSVGElement ? timeline : timeline.querySelector('svg');
  const box = (svg?.getAttribute('viewBox') ?? '0 0 1000 200').split(/\s+/).map(Number);
  return box.length === 4 && box.every(Number.isFinite) ? box : [0, 0, 1000, 200];
}

export function downloadTimelineSvg(svg: Element, filename: string): void {
  downloadText(filename, timelineSvgText(svg), 'image/svg+xml');
}

/** Resolves false when this page cannot paint (no canvas): the caller says so. */
export function downloadTimelinePng(svg: Element, filename: string, scale = 2): Promise<boolean> {
  const text = timelineSvgText(svg);
  const [, , w = 1000, h = 200] = viewBoxOf(svg);
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
