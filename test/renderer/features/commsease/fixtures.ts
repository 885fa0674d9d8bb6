/** Profiles and canned main-side answers for the CommsEase renderer tests. */
import type { ProfileView } from '../../../../src/shared/ipc/schemas/profile';
import { COMMSEASE_PROFILE, ZEGO_PROFILE, fakeBackend, type FakeBackend } from '../../support/fakeBackend';

export const PROD = COMMSEASE_PROFILE;
export const DEV: ProfileView = { ...COMMSEASE_PROFILE, id: '0a1b2c3d4e5f6071', name: 'IM dev', env: 'dev', staticTokenAccids: ['alice'] };

export function report(overrides: Record<string, unknown> = {}) {
  return {
    operation: 'refreshToken',
    profileId: DEV.id,
    accid: 'alice',
    env: 'dev',
    apiBase: DEV.apiBase,
    status: 'ok',
    stored: true,
    message: 'The token of "alice" was refreshed; the new random token is stored in the keychain (not shown).',
    httpStatus: 200,
    code: 200,
    elapsedMs: 42,
    ...overrides,
  };
}

export function commsEaseBackend(): FakeBackend {
  return fakeBackend({
    'vault:status': () => ({ keychain: { state: 'available', message: '', remedy: null }, dataDir: '/d', corruptBackup: null }),
    'profiles:list': () => ({ profiles: [ZEGO_PROFILE, DEV, PROD] }),
    'commsease:staticList': ({ profileId }) => ({ accids: profileId === DEV.id ? ['alice'] : [] }),
    'commsease:casesList': () => ({ callbackUrl: null, cases: [] }),
  });
}
