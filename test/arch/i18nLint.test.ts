/** The lint rule that keeps user-facing words in the catalogues fails on hard-coded text. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const rule = 'tokenlab/no-literal-ui-text';

async function problems(code: string, file = 'src/renderer/src/app/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('tokenlab/no-literal-ui-text', () => {
  it('fails on JSX text and on literal titles, labels and placeholders', async () => {
    expect(await problems('export const A = () => <p>Copy token</p>;')).toHaveLength(1);
    expect(await problems('export const A = () => <input placeholder="the account" aria-label={`Tokens ${1}`} />;')).toHaveLength(2);
    expect(await problems("export const A = (p: { x: boolean }) => <button title={p.x ? 'Why not' : undefined} />;")).toHaveLength(1);
  });
  it('lets catalogue lookups, punctuation and numbers through', async () => {
    expect(await problems("declare const t: (k: string) => string;\nexport const A = () => <p title={t('a.b')}>{t('a.c')} · — 3</p>;")).toEqual([]);
  });
});
