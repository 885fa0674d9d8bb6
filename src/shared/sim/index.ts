/** The renewal timeline simulator's public surface. */
export { runSimulation, simulate, startSimulation } from './simulate';
export type { SimResult, SimulationOptions, SimulationInProgress } from './simulate';
export { parseScenario, formatPath } from './parseScenario';
export type { ScenarioParse, ScenarioIssue } from './parseScenario';
export * from './scenario';
export * from './events';
export type { SimSummary } from './summary';
export { simAssumptions } from './assumptions';
export { describeSimEvent, describeSimSummary } from './describeSimEvent';
export { deriveSimCredentials, simUserId, SIM_ROOM_ID } from './simTokenMinter';
export type { SimCredentials, SimIdentity } from './simTokenMinter';
export { WILL_EXPIRE_LEAD_MS, ZIM_CODES, EXPRESS_CODES, COMMSEASE_AUTH_FAILED } from './sdkRules';
export { upcomingLiveEvents, LIVE_PLATFORMS } from './liveEvents';
export type { LiveEvent, LiveEventsInput, LivePlan, LivePlatform } from './liveEvents';
