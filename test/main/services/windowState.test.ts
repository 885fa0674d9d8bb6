import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  parseWindowState,
  serializeWindowState,
} from '../../../src/main/services/windowState';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('window state', () => {
  it('round-trips through its file format', () => {
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it('falls back to defaults for a missing, unreadable or wrongly shaped file', () => {
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{not json')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width":-5,"height":10,"maximized":false}')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is on a display, including a secondary one', () => {
    const state = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(state, [primary, right])).toEqual(state);
  });

  it('re-centres a window saved on a display that is gone', () => {
    const state = { x: 4000, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitWindowState(state, [primary])).toEqual({ x: 460, y: 170, width: 1000, height: 700, maximized: false });
  });

  it('caps a window larger than the display and pulls a half-visible one back in', () => {
    const state = { x: 1500, y: -5, width: 3000, height: 2000, maximized: false };
    const fitted = fitWindowState(state, [primary]);
    expect(fitted.width).toBe(1920);
    expect(fitted.height).toBe(1040);
    expect(fitted.x).toBe(0);
    expect(fitted.y).toBe(0);
  });

  it('centres a first-run window without a saved position', () => {
    expect(fitWindowState(DEFAULT_WINDOW_STATE, [primary])).toEqual({ x: 320, y: 100, width: 1280, height: 840, maximized: false });
  });
});
