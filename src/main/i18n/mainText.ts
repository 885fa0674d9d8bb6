/** Main's own words: see src/shared/i18n/mainText.ts (shared, so the simulator's minter can throw a MainTextError too). */
export { MainTextError, familyNameParams, mainT, wordError, type KeychainRemedy, type MainErrorKey, type MainTextParams, type MainTranslate } from '../../shared/i18n/mainText';
