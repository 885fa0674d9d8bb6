/** The simulator feature: its screen (mounted by the shell) and its stores (built in createAppStores). */
export { SimulatorScreen } from './SimulatorScreen';
export { createSimulatorStore, type SimulatorStore, type SimulatorState } from './simulatorStore';
export { createLiveModeStore, type LiveModeStore, type LiveModeState } from './liveModeStore';
