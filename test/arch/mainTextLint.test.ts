/** The lint rule that keeps main's own words (menu, questions, reports, errors) in the catalogues. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const rule = 'tokenlab/no-literal-main-text';

async function problems(code: string, file = 'src/main/electron/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const PRELUDE = 'declare class TokenLabError { constructor(c: string, m: string) }\ndeclare const t: (k: string, o?: object) => string;\ndeclare const x: string;\n';

describe('tokenlab/no-literal-main-text', () => {
  it('fails on a sentence in a menu label, a dialog, a notification, a report or a thrown error', async () => {
    expect(await problems(`${PRELUDE}export const m = [{ label: 'Paste and Inspect' }];`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}export const box = { title: 'Serve prod profiles?', buttons: ['Cancel', 'Send it now'] };`)).toHaveLength(2);
    expect(await problems(`${PRELUDE}export const n = { body: \`\${x} has expired.\` };`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}export const r = { explanation: x ? 'MD5 and CheckSum hold' : '' };`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}throw new TokenLabError('INVALID_INPUT', \`port \${x} is in use\`);`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}throw new TokenLabError('INVALID_INPUT', '端口已被占用');`, 'src/main/tokenServer/probe.ts')).toHaveLength(1);
  });

  it('lets catalogue lookups, codes, values and log lines through', async () => {
    expect(
      await problems(
        `${PRELUDE}declare const log: (l: string) => void;\nexport const m = [{ label: t('main.menu.file'), role: 'editMenu' }, { title: x }];\nlog('keychain get: ok with several words');\nthrow new TokenLabError('INVALID_INPUT', x);`,
      ),
    ).toEqual([]);
  });

  it('checks every main file but the two with no user-facing words (crypto internals, the test double), and nothing outside src/main', async () => {
    const sentence = `${PRELUDE}throw new TokenLabError('IO_ERROR', 'could not read the file');`;
    // The data-file modules were the last on the pending list (issue 12): they are checked now.
    expect(await problems(sentence, 'src/main/vault/dataFile.ts')).toHaveLength(1);
    expect(await problems(sentence, 'src/main/files/boundedRead.ts')).toHaveLength(1);
    expect(await problems(sentence, 'src/main/crypto/probe.ts')).toEqual([]);
    expect(await problems(sentence, 'src/main/vault/memorySecretStore.ts')).toEqual([]);
    expect(await problems(`${PRELUDE}export const m = [{ label: 'Paste and Inspect' }];`, 'src/shared/probe.ts')).toEqual([]);
  });
});
