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
