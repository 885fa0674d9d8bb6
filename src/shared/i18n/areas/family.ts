/**
 * The token families' labels and field texts (generator forms, profile credentials, the
 * inspector's expected values). English and Chinese side by side; the Chinese half has exactly
 * the English keys.
 *
 * Convention (keys built by `familyTextKey` in ../familyTexts.ts), by family id:
 *   family.<id>.label                          the family's name on screen
 *   family.<id>.secret                         the profile's secret label
 *   family.<id>.identifier.<key>.label|help    a profile identifier (FieldSpec)
 *   family.<id>.field.<key>.label|help         a generator field (FieldSpec)
 *   family.<id>.field.<key>.option.<value>     one choice of a select field
 *   family.<id>.verify.<key>.label|help        an expected value (VerifyInputSpec)
 *   family.<id>.segment.<name>.label|help      a part of the token (byte map and its legend)
 *   family.<id>.board.noUser                   the board's note on a token that cannot name its user
 * Each family keeps its texts in its own folder (`texts.ts`) and is listed here by its id
 * constant. The English text is the family's own (its FieldSpec); test/shared/i18n/familyTexts.test.ts
 * checks every registered family has both catalogues' texts and that the English matches.
 */
import type { Strings } from '../strings';
import { ZEGO_FAMILY_ID } from '../../families/zego-token04/inspectZego';
import { zegoTextsEn, zegoTextsZh } from '../../families/zego-token04/texts';
import { COMMSEASE_FAMILY_ID } from '../../families/commsease-dynamic/inspectCommsEase';
import { commsEaseTextsEn, commsEaseTextsZh } from '../../families/commsease-dynamic/texts';
import { ACCESS_TOKEN2_ID } from '../../families/agora-accesstoken2/inspect';
import { accessToken2TextsEn, accessToken2TextsZh } from '../../families/agora-accesstoken2/texts';
import { ACCESS_TOKEN_ID } from '../../families/agora-accesstoken/inspect';
import { accessTokenTextsEn, accessTokenTextsZh } from '../../families/agora-accesstoken/texts';
import { USERSIG_ID } from '../../families/tencent-usersig-v2/inspect';
import { userSigTextsEn, userSigTextsZh } from '../../families/tencent-usersig-v2/texts';
import { LIVEKIT_ID } from '../../families/livekit-jwt/index';
import { liveKitTextsEn, liveKitTextsZh } from '../../families/livekit-jwt/texts';
import { TWILIO_ID } from '../../families/twilio-jwt/index';
import { twilioTextsEn, twilioTextsZh } from '../../families/twilio-jwt/texts';
import { JWT_GENERIC_ID } from '../../families/jwt-generic/inspect';
import { jwtGenericTextsEn, jwtGenericTextsZh } from '../../families/jwt-generic/texts';

export const familyEn = {
  [ZEGO_FAMILY_ID]: zegoTextsEn,
  [COMMSEASE_FAMILY_ID]: commsEaseTextsEn,
  [ACCESS_TOKEN2_ID]: accessToken2TextsEn,
  [ACCESS_TOKEN_ID]: accessTokenTextsEn,
  [USERSIG_ID]: userSigTextsEn,
  [LIVEKIT_ID]: liveKitTextsEn,
  [TWILIO_ID]: twilioTextsEn,
  [JWT_GENERIC_ID]: jwtGenericTextsEn,
} as const;

export const familyZh: Strings<typeof familyEn> = {
  [ZEGO_FAMILY_ID]: zegoTextsZh,
  [COMMSEASE_FAMILY_ID]: commsEaseTextsZh,
  [ACCESS_TOKEN2_ID]: accessToken2TextsZh,
  [ACCESS_TOKEN_ID]: accessTokenTextsZh,
  [USERSIG_ID]: userSigTextsZh,
  [LIVEKIT_ID]: liveKitTextsZh,
  [TWILIO_ID]: twilioTextsZh,
  [JWT_GENERIC_ID]: jwtGenericTextsZh,
};
