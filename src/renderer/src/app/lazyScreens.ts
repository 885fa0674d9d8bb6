/**
 * The simulator, CommsEase and token server screens, loaded on first visit: their components are chunks of
 * their own, kept out of what the window loads at start. (Their stores are not: they are built
 * with the others in createAppStores, so what the user did there outlives the screen.)
 */
import { lazy } from 'react';

export const SimulatorScreen = lazy(async () => ({ default: (await import('../features/simulator/SimulatorScreen')).SimulatorScreen }));
export const CommsEaseScreen = lazy(async () => ({ default: (await import('../features/commsease/CommsEaseScreen')).CommsEaseScreen }));
export const TokenServerScreen = lazy(async () => ({ default: (await import('../features/tokenServer/TokenServerScreen')).TokenServerScreen }));
