/**
 * Screens built by other features (simulator, CommsEase), loaded only if their folder exists.
 *
 * `import.meta.glob` resolves at build time to the files that are there — none, if a feature
 * has not landed yet — so the shell builds either way and shows a placeholder meanwhile.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ScreenModule = Record<string, unknown>;

const simulator = import.meta.glob<ScreenModule>('../features/simulator/{index,SimulatorScreen}.{ts,tsx}');
const commsease = import.meta.glob<ScreenModule>('../features/commsease/{index,CommsEaseScreen}.{ts,tsx}');
const tokenServer = import.meta.glob<ScreenModule>('../features/tokenServer/TokenServerScreen.tsx');

function optionalScreen(modules: Record<string, () => Promise<ScreenModule>>, exportName: string): LazyExoticComponent<ComponentType> | null {
  const loaders = Object.values(modules);
  if (loaders.length === 0) return null;
  return lazy(async () => {
    for (const load of loaders) {
      const mod = await load();
      const component = mod[exportName];
      if (typeof component === 'function' || (typeof component === 'object' && component !== null)) {
        return { default: component as ComponentType };
      }
    }
    throw new Error(`${exportName} is not exported by its feature folder`);
  });
}

export const SimulatorScreen = optionalScreen(simulator, 'SimulatorScreen');
export const CommsEaseScreen = optionalScreen(commsease, 'CommsEaseScreen');
/** Lazy so the initial bundle stays small; the folder always exists. */
export const TokenServerScreen = optionalScreen(tokenServer, 'TokenServerScreen');
