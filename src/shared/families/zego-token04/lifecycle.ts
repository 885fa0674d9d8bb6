/**
 * How ZIM and ZEGO Express treat a Token04 over its life (../shared/docs/sdk-lifecycle.md).
 * The codes are the SDKs' documented numbers; the simulator and the live countdown read them here.
 */
import type { PlatformRules, ScenarioOption } from '../family';

/** ZIM and Express raise "will expire" this long before expiry. */
export const ZEGO_WILL_EXPIRE_LEAD_MS = 30_000;

/** Which Token04 layout the simulator mints (scenario `zego.layout`). */
const LAYOUT_OPTION: ScenarioOption = {
  path: ['zego', 'layout'],
  label: 'Token04 layout',
  choices: ['gcm', 'cbc'],
  choiceLabels: { gcm: 'GCM (newer)', cbc: 'CBC (original)' },
};

/** What Express does at expiry, by SDK version (scenario `express.onExpiry`). */
export const EXPRESS_EXPIRY_LABELS: Readonly<Record<'refuse-next' | 'kick', string>> = {
  'refuse-next': 'Stay in the room; next publish / play refused (SDK 2.8–2.12)',
  kick: 'Kicked with 1002056 (SDK 2.13+ with expiry management)',
};

const EXPRESS_EXPIRY_OPTION: ScenarioOption = {
  path: ['express', 'onExpiry'],
  label: 'Express at expiry',
  choices: ['refuse-next', 'kick'],
  choiceLabels: EXPRESS_EXPIRY_LABELS,
};

export const ZIM_RULES: PlatformRules = {
  id: 'zim',
  label: 'ZIM (in-app chat)',
  simulated: true,
  sdkName: 'ZIM',
  willExpireCallback: 'onTokenWillExpire',
  scenarioOptions: [LAYOUT_OPTION],
  willExpireLeadMs: ZEGO_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: true,
  atExpiry: 'disconnect',
  codes: {
    tokenExpired: 6_000_106,
    otherApp: 6_000_003,
    otherUser: 6_000_103,
    otherSecret: 6_000_103,
    noPublishPrivilege: null,
    renewWhenLoggedOut: 6_000_121,
    expiryKick: null,
  },
  assumptions: [
    { id: 'warnAfterShortRenewal', text: 'After renewToken with a token that has under 30 s left, "will expire" fires again at once (documented for login only).', defaultOn: false },
  ],
};

/** Express publish / play refused for an expired token (the "refuse-next" behaviour). */
export const EXPRESS_PUBLISH_REFUSED = 1_003_072;
export const EXPRESS_PLAY_REFUSED = 1_004_003;

export const EXPRESS_RULES: PlatformRules = {
  id: 'express',
  label: 'ZEGO Express (RTC room)',
  simulated: true,
  sdkName: 'Express',
  willExpireCallback: 'onRoomTokenWillExpire',
  roomPrivileges: true,
  expiryChoices: ['refuse-next', 'kick'],
  scenarioOptions: [EXPRESS_EXPIRY_OPTION, LAYOUT_OPTION],
  willExpireLeadMs: ZEGO_WILL_EXPIRE_LEAD_MS,
  warnsAtOnceUnderLead: false,
  atExpiry: 'refuse-next-publish-play',
  codes: {
    tokenExpired: 1_002_078,
    otherApp: 1_002_076,
    otherUser: 1_002_077,
    otherSecret: 1_002_033,
    noPublishPrivilege: 1_002_082,
    renewWhenLoggedOut: 1_002_002,
    expiryKick: 1_002_056,
  },
  assumptions: [
    { id: 'expressImmediateWarning', text: 'Express fires "will expire" at once when under 30 s remain at login, as ZIM documents.', defaultOn: false },
    { id: 'expressKickAtExpiry', text: 'Express 2.13+ with expiry management kicks the user from the room at expiry (1002056) instead of refusing the next publish / play.', defaultOn: false },
  ],
};
