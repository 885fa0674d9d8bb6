/** The simulator feature: its screen (mounted by the shell) and its store (for tests or a central registry). */
export { SimulatorScreen } from './SimulatorScreen';
export { createSimulatorStore, type SimulatorStore, type SimulatorState } from './simulatorStore';
export { createLiveModeStore, type LiveModeStore, type LiveModeState } from './liveModeStore';
