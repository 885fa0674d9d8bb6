/**
 * Renderer test setup: unmount what each test rendered (vitest runs without globals, so
 * Testing Library cannot register its own cleanup) and give happy-dom the few layout
 * answers the virtualised lists need to render rows at all.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// happy-dom does no layout, so every element is 0×0 and a virtualised list would render no
// rows. Scroll containers of virtual lists (marked data-virtual-scroll) report a viewport.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute('data-virtual-scroll') ? 600 : 0;
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute('data-virtual-scroll') ? 1000 : 0;
  },
});
