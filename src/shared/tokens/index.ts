/** The token engine's public surface. */
export { inspectToken, trimTokenText } from './inspect';
export { extractTokens } from './extractTokens';
export { generateZegoToken, drawZegoRandomness, validateZegoRequest, ZEGO_SECRET_LENGTH } from '../families/zego-token04/generateZegoToken';
export type { ZegoTokenRequest } from '../families/zego-token04/generateZegoToken';
export { buildRoomPrivilegePayload, parseRoomPrivilege, describeRoomPrivilege } from '../families/zego-token04/privilege';
export { generateCommsEaseToken, commsEaseSignature } from '../families/commsease-dynamic/dynamicToken';
export type { CommsEaseTokenRequest } from '../families/commsease-dynamic/dynamicToken';
export { serverApiCheckSum, callbackCheckSum, checksumsEqual, staticTokensEqual } from '../families/commsease-dynamic/checksum';
export * from './types';
