import { nodeCryptoPort } from '../src/main/crypto/nodeCryptoPort';
import { DEFAULT_FAMILIES, defaultRegistry } from '../src/shared/families/registry';
import { liveKitJwt } from '../src/shared/families/livekit-jwt';
import { twilioJwt } from '../src/shared/families/twilio-jwt';
import { agoraAccessToken } from '../src/shared/families/agora-accesstoken';
import { baseInspection } from '../src/shared/families/support/wideInspection';
const NOW = 1_750_000_000;
function ctx<C>(c: C, s: string) { return { credentials: c, secret: s, nowMs: NOW * 1000, randomBytes: () => new Uint8Array([1, 2, 3, 4]), crypto: nodeCryptoPort }; }
function bench(name: string, fn: () => void) {
  for (let i = 0; i < 20000; i++) fn();
  let best = Infinity;
  for (let r = 0; r < 5; r++) { const t = performance.now(); for (let i = 0; i < 50000; i++) fn(); best = Math.min(best, (performance.now() - t) * 1000 / 50000); }
  console.log(name.padEnd(40), best.toFixed(2), 'µs');
}
const lk = liveKitJwt.generator.mint(liveKitJwt.generator.requestSchema.parse({ identity: 'alice', room: 'standup', ttl: 3600 }), ctx({ apiKey: 'APIo5sQyYNWrvKt' }, '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4'));
const tw = twilioJwt.generator.mint(twilioJwt.generator.requestSchema.parse({ identity: 'alice', ttl: 3600, videoRoom: 'r' }), ctx({ accountSid: 'ACc04c1682070ac1b5daf4eeb39e66ee5b', apiKeySid: 'SK3a9a50a9722a84c9716537ba1b7228f1' }, 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH'));
const a6 = agoraAccessToken.generator.mint(agoraAccessToken.generator.requestSchema.parse({ service: 'rtc', channel: 'bench-channel', uid: 1234, ttl: 3600 }), ctx({ appId: '970CA35de60c44645bbae8a215061b33' }, '5CFd2fd1755d40ecb72977518be15d3b'));
console.log(lk.length, tw.length, a6.length);
for (const [n, t] of [['lk', lk], ['tw', tw], ['a6', a6]] as const) for (const f of DEFAULT_FAMILIES) bench(`${n} detect ${f.id}`, () => { f.detectCarrying ? f.detectCarrying(t) : f.detect(t); });
bench('lk inspect direct', () => liveKitJwt.inspect(baseInspection(lk), { now: NOW + 1, secret: '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4', detail: 'verdict' }, nodeCryptoPort));
bench('lk registry', () => defaultRegistry.inspect(lk, { now: NOW + 1, secret: '33FWyW2am0f6YCvPcD7VxzdlrUUEdo6w72vOJawYwT4', detail: 'verdict' }, nodeCryptoPort));
bench('tw inspect direct', () => twilioJwt.inspect(baseInspection(tw), { now: NOW + 1, secret: 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH', detail: 'verdict' }, nodeCryptoPort));
bench('tw registry', () => defaultRegistry.inspect(tw, { now: NOW + 1, secret: 'CQj2ywbN4MNeGyK84GLIC5GnhxhnG3qH', detail: 'verdict' }, nodeCryptoPort));
bench('a6 registry', () => defaultRegistry.inspect(a6, { now: NOW + 1, secret: '5CFd2fd1755d40ecb72977518be15d3b', detail: 'verdict', expect: { channel: 'bench-channel', uid: '1234' } }, nodeCryptoPort));
bench('a6 inspect direct', () => agoraAccessToken.inspect(baseInspection(a6), { now: NOW + 1, secret: '5CFd2fd1755d40ecb72977518be15d3b', detail: 'verdict', expect: { channel: 'bench-channel', uid: '1234' } }, nodeCryptoPort));
