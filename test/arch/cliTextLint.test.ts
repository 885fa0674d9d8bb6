/** The lint rule that keeps the CLI's words in the catalogues fails on a sentence printed as typed. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const rule = 'tokenlab/no-literal-cli-text';

async function problems(code: string, file = 'src/cli/commands/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const PRELUDE = 'declare const io: { stderr: { write(s: string): void } };\ndeclare function usage(m: string): Error;\ndeclare const t: (k: string, o?: object) => string;\n';

describe('tokenlab/no-literal-cli-text', () => {
  it('fails on sentences written to the terminal, thrown as usage errors or kept in a HELP constant', async () => {
    expect(await problems(`${PRELUDE}io.stderr.write('no tokens given\\n');`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}declare const n: string;\nthrow usage(\`--\${n} needs a value\`);`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}declare const ok: boolean;\nio.stderr.write(ok ? 'all fine' : '');`)).toHaveLength(1);
    expect(await problems(`${PRELUDE}declare class TokenLabError { constructor(c: string, m: string) }\nthrow new TokenLabError('INVALID_INPUT', '未知命令');`)).toHaveLength(1);
    expect(await problems(`export const FOO_HELP = \`Usage: tokenlab foo\n\nDoes foo things.\`;`)).toHaveLength(1);
  });
  it('lets catalogue lookups, the program name, option names and values through', async () => {
    expect(await problems(`${PRELUDE}declare const x: string;\nio.stderr.write(\`tokenlab verify: \${t('cli.inspect.noTokens')}\\n\`);\nio.stderr.write(\`\${x}\\n\`);\nthrow usage(\`--lang \${x}\`);`)).toEqual([]);
  });
  it('spares the files still on the pending list, and nothing outside src/cli', async () => {
    expect(await problems(`${PRELUDE}io.stderr.write('no tokens given');`, 'src/main/probe.ts')).toEqual([]);
  });
});
