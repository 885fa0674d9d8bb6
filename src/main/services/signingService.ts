/**
 * Signing service: generate and verify tokens by profile id. (Interface; implementation follows.)
 */
import type { Inspection } from '../../shared/tokens/types';

export interface JudgeOptions {
  profileId?: string;
  accid?: string;
  now?: number;
  skewSeconds?: number;
}

export interface GeneratedToken {
  token: string;
  inspection: Inspection;
}

export interface SigningService {
  inspect(tokens: readonly string[], options: JudgeOptions): Promise<Inspection[]>;
  generateZego(request: {
    profileId: string;
    userId: string;
    ttlSeconds: number;
    layout?: 'gcm' | 'cbc';
    room?: { roomId: string; canLogin: boolean; canPublish: boolean; streamIds: string[] | null };
  }): Promise<GeneratedToken>;
  generateCommsEase(request: { profileId: string; accid: string; ttlSeconds: number }): Promise<GeneratedToken>;
}
