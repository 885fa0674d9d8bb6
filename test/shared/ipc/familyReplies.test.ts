/**
 * What main sends the renderer about any registered family's token passes the reply schema:
 * every golden vector, inspected as the app inspects it (with its secret and expectations
 * when it has them), is a valid `Inspection` reply — nested JWT claims, Tencent's dotted
 * field names and every family's segment names included.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../../src/shared/families/registry';
import { inspectionSchema } from '../../../src/shared/ipc/schemas/inspection';
import { nodeCryptoPort } from '../../../src/main/crypto/nodeCryptoPort';
import { loadFamilyVectors, vectorSecret } from '../../support/familyVectors';
import { VECTORS_DIR } from '../../support/vectors';

const vectors = readdirSync(VECTORS_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => loadFamilyVectors(file).map((v) => [`${file} ${v.id}`, v] as const));

describe('inspection replies for every family', () => {
  it.each(vectors)('%s', (_name, v) => {
    const secret = vectorSecret(v) ?? (typeof v.inputs['appSecret'] === 'string' ? v.inputs['appSecret'] : undefined);
    for (const options of [{ now: v.expect.now }, { now: v.expect.now, secret }]) {
      const inspection = defaultRegistry.inspect(v.token, options, nodeCryptoPort);
      const parsed = inspectionSchema.safeParse(inspection);
      expect(parsed.success ? '' : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')).toBe('');
    }
  });
});
