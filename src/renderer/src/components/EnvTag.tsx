/**
 * A profile's environment tag in its colour, so "prod" never looks like "dev".
 * Known tags get fixed colours; any other tag gets one picked from its name, stable across runs.
 */
import { isProductionEnv } from '../../../shared/commsease/destructiveConfirmation';
import { useLocale } from '../lib/i18n/LocaleProvider';

/** Production tags (isProductionEnv) are red; these others have their own colour. */
const KNOWN: Record<string, string> = {
  staging: 'amber',
  stage: 'amber',
  预发: 'amber',
  预发布: 'amber',
  test: 'violet',
  qa: 'violet',
  测试: 'violet',
  dev: 'green',
  开发: 'green',
  local: 'blue',
  本地: 'blue',
};
const OTHERS = ['blue', 'violet', 'teal', 'pink'];

export function envColour(env: string): string {
  if (isProductionEnv(env)) return 'red';
  const known = KNOWN[env.toLowerCase()];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < env.length; i++) hash = (hash * 31 + env.charCodeAt(i)) >>> 0;
  return OTHERS[hash % OTHERS.length] ?? 'blue';
}

export function EnvTag({ env }: { env: string }) {
  const { t } = useLocale();
  return (
    <span className={`env-tag env-${envColour(env)}`} title={t('profiles.envTag', { env })}>
      {env}
    </span>
  );
}
