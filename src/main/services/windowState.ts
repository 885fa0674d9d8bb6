/**
 * The window's size and position, remembered between runs and put back only where it fits.
 *
 * Pure: parsing the saved JSON (bad or missing → defaults) and fitting the bounds to the
 * displays that exist now, so a window saved on a monitor that has since been unplugged does
 * not open off-screen. Electron wiring is in src/main/electron/windowState.ts.
 */
import { z } from 'zod';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
/** The same minimum as the window itself (src/main/electron/secureWindow.ts). */
export const MIN_WINDOW_SIZE = { width: 880, height: 560 } as const;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** The saved state, or the defaults when the text is missing, not JSON or not the right shape. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Bounds that fit the given work areas (the first is the primary display): the saved size
 * capped to the display, the saved position kept only if a real part of the window (title
 * bar included) stays on a display, otherwise centred on the primary one.
 */
export function fitWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return { ...state };
  const hasPosition = state.x !== undefined && state.y !== undefined;
  const target = hasPosition
    ? (workAreas
        .map((area) => ({ area, overlap: overlapArea(area, { x: state.x!, y: state.y!, width: state.width, height: state.height }) }))
        .sort((a, b) => b.overlap - a.overlap)[0] ?? { area: primary, overlap: 0 })
    : { area: primary, overlap: 0 };
  const area = target.area;
  const width = Math.max(Math.min(state.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width));
  const height = Math.max(Math.min(state.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height));
  // Visible enough: at least 100×40 px of the window's top edge on that display.
  const titleBar: Rect | null = hasPosition ? { x: state.x!, y: state.y!, width, height: 40 } : null;
  if (titleBar && target.overlap > 0 && overlapArea(area, titleBar) >= 100 * 40) {
    const x = Math.min(Math.max(state.x!, area.x), area.x + area.width - width);
    const y = Math.min(Math.max(state.y!, area.y), area.y + area.height - height);
    return { x, y, width, height, maximized: state.maximized };
  }
  return {
    x: Math.round(primary.x + (primary.width - Math.min(width, primary.width)) / 2),
    y: Math.round(primary.y + (primary.height - Math.min(height, primary.height)) / 2),
    width: Math.min(width, primary.width),
    height: Math.min(height, primary.height),
    maximized: state.maximized,
  };
}
