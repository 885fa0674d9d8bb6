/**
 * A profile's environment tag in its colour, so "prod" never looks like "dev".
 * Known tags get fixed colours; any other tag gets one picked from its name, stable across runs.
 */

const KNOWN: Record<string, string> = { prod: 'red', production: 'red', live: 'red', staging: 'amber', stage: 'amber', test: 'violet', qa: 'violet', dev: 'green', local: 'blue' };
const OTHERS = ['blue', 'violet', 'teal', 'pink'];

export function envColour(env: string): string {
  const known = KNOWN[env];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < env.length; i++) hash = (hash * 31 + env.charCodeAt(i)) >>> 0;
  return OTHERS[hash % OTHERS.length] ?? 'blue';
}

export function EnvTag({ env }: { env: string }) {
  return (
    <span className={`env-tag env-${envColour(env)}`} title={`environment: ${env}`}>
      {env}
    </span>
  );
}
