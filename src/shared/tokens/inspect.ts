/**
 * The legacy entry point: inspect any pasted string with the default families.
 *
 * Kept for the engine's tests and benches, which speak the old `VerifyOptions`; the app, the
 * CLI and the services call `registry.inspect` with `FamilyVerifyOptions` directly.
 */
import type { CryptoPort } from '../crypto/cryptoPort';
import type { Expectations, FamilyVerifyOptions } from '../families/family';
import { defaultRegistry } from '../families/registry';
import type { Inspection, VerifyOptions } from './types';

export { describeTrimming, trimTokenText } from './trimming';

/** The old option names mapped onto the families' expectations (appId is ZEGO's appId or the CommsEase AppKey). */
export function familyVerifyOptions(options: VerifyOptions): FamilyVerifyOptions {
  const { expectedAppId, appKey, accid, ...rest } = options;
  const expect: Expectations = {};
  if (expectedAppId !== undefined) expect.appId = String(expectedAppId);
  else if (appKey !== undefined) expect.appId = appKey;
  if (accid !== undefined) expect.userId = accid;
  return Object.keys(expect).length > 0 ? { ...rest, expect } : rest;
}

export function inspectToken(raw: string, options: VerifyOptions, crypto?: CryptoPort): Inspection {
  return defaultRegistry.inspect(raw, familyVerifyOptions(options), crypto);
}
