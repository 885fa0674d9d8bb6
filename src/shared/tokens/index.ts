/** The token engine's public surface. */
export { inspectToken, trimTokenText } from './inspect';
export { extractTokens } from './extractTokens';
export { generateZegoToken, drawZegoRandomness, validateZegoRequest, ZEGO_SECRET_LENGTH } from './zego/generateZegoToken';
export type { ZegoTokenRequest } from './zego/generateZegoToken';
export { buildRoomPrivilegePayload, parseRoomPrivilege, describeRoomPrivilege } from './zego/privilege';
export { generateCommsEaseToken, commsEaseSignature } from './commsease/dynamicToken';
export type { CommsEaseTokenRequest } from './commsease/dynamicToken';
export { serverApiCheckSum, callbackCheckSum, checksumsEqual, staticTokensEqual } from './commsease/checksum';
export * from './types';
