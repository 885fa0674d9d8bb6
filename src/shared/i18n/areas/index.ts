/** Every catalogue area; en.ts and zh-CN.ts compose them. */
export { cliEn, cliZh } from './cli';
export { generatorEn, generatorZh } from './generator';
export { profilesEn, profilesZh } from './profiles';
export { simulatorEn, simulatorZh } from './simulator';
export { simulatorPresetsEn, simulatorPresetsZh } from './simulatorPresets';
export { commseaseEn, commseaseZh } from './commsease';
export { tokenServerEn, tokenServerZh } from './tokenServer';
export { reasonEn, reasonZh } from './reason';
export { familyEn, familyZh } from './family';
export { clipboardEn, clipboardZh } from './clipboard';
export { samplesEn, samplesZh } from './samples';
export { validationEn, validationZh } from './validation';
