/**
 * All stores of one app instance, created together (the generator hands minted tokens to the
 * board; CommsEase follows the profile list) and given to components through context — so
 * every test gets fresh stores.
 *
 * Every store is built here, once, never inside a screen: the shell unmounts a screen when the
 * user navigates away, and what the user set up there (a simulation, a CommsEase form) must
 * still be there on return.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createBoardStore, type BoardState, type BoardStore } from '../features/board/boardStore';
import { createClipboardStore, type ClipboardState, type ClipboardStore } from '../features/clipboard/clipboardStore';
import { createGeneratorStore, type GeneratorState, type GeneratorStore } from '../features/generator/generatorStore';
import { createInspectorStore, type InspectorState, type InspectorStore } from '../features/inspector/inspectorStore';
import { createProfilesStore, type ProfilesState, type ProfilesStore } from '../features/profiles/profilesStore';
import { createSimulatorStore, type SimulatorState, type SimulatorStore } from '../features/simulator/simulatorStore';
import { createLiveModeStore, type LiveModeState, type LiveModeStore } from '../features/simulator/liveModeStore';
import { createCommsEaseStore, type CommsEaseState, type CommsEaseStore } from '../features/commsease/commseaseStore';
import { createTokenServerStore, type TokenServerStore } from '../features/tokenServer/tokenServerStore';
import { createNavStore, type NavState, type NavStore, type Screen } from './navStore';
import type { AppCommand } from '../../../shared/ipc/events';
import type { Language } from '../../../shared/i18n';
import type { StoreDeps } from './storeDeps';

export interface AppStores {
  /** Listen to what main pushes (menu commands, clipboard cleared); returns the unsubscribe. */
  connectMainEvents(onCommand: (command: AppCommand) => void): () => void;
  /** Tell main the language the page shows, so its menu, native dialogs and messages match it. */
  tellMainLanguage(language: Language): Promise<void>;
  nav: NavStore;
  inspector: InspectorStore;
  generator: GeneratorStore;
  board: BoardStore;
  /** The one list of profiles; every screen selects from it (see `selectProfilesOf`). */
  profiles: ProfilesStore;
  clipboard: ClipboardStore;
  simulator: SimulatorStore;
  liveMode: LiveModeStore;
  commsease: CommsEaseStore;
  tokenServer: TokenServerStore;
}

export function createAppStores(deps: StoreDeps, initialScreen?: Screen): AppStores {
  const board = createBoardStore(deps);
  const clipboard = createClipboardStore(deps);
  const profiles = createProfilesStore(deps);
  const tokenServer = createTokenServerStore(deps);
  return {
    connectMainEvents(onCommand) {
      const offCommand = deps.api.events.on('app:command', ({ command }) => onCommand(command));
      const offCleared = deps.api.events.on('clipboard:cleared', () => clipboard.getState().cleared());
      const offLogged = deps.api.events.on('tokenServer:logged', (entry) => tokenServer.getState().logged(entry));
      return () => {
        offCommand();
        offCleared();
        offLogged();
      };
    },
    async tellMainLanguage(language) {
      // A refusal changes nothing the page shows: main keeps the language it had.
      await deps.api.settings.setLanguage({ language });
    },
    nav: createNavStore(initialScreen),
    inspector: createInspectorStore(deps),
    generator: createGeneratorStore(deps, board),
    board,
    profiles,
    clipboard,
    simulator: createSimulatorStore(deps),
    liveMode: createLiveModeStore(),
    commsease: createCommsEaseStore(deps, profiles),
    tokenServer,
  };
}

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useAppStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useAppStores needs a <StoresProvider>');
  return stores;
}

export const useNav = <T,>(selector: (s: NavState) => T): T => useStore(useAppStores().nav, selector);
export const useInspector = <T,>(selector: (s: InspectorState) => T): T => useStore(useAppStores().inspector, selector);
export const useGenerator = <T,>(selector: (s: GeneratorState) => T): T => useStore(useAppStores().generator, selector);
export const useBoard = <T,>(selector: (s: BoardState) => T): T => useStore(useAppStores().board, selector);
export const useProfiles = <T,>(selector: (s: ProfilesState) => T): T => useStore(useAppStores().profiles, selector);
export const useClipboard = <T,>(selector: (s: ClipboardState) => T): T => useStore(useAppStores().clipboard, selector);
export const useSimulator = <T,>(selector: (s: SimulatorState) => T): T => useStore(useAppStores().simulator, selector);
export const useLiveMode = <T,>(selector: (s: LiveModeState) => T): T => useStore(useAppStores().liveMode, selector);
export const useCommsEase = <T,>(selector: (s: CommsEaseState) => T): T => useStore(useAppStores().commsease, selector);
