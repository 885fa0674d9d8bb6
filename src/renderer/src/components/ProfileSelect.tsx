/**
 * A native select of profiles ("name · env · app"), with the chosen profile's environment tag
 * shown in colour beside it. Native so it behaves like every other select on the platform
 * (type-to-find, arrow keys, screen readers).
 */
import type { ProfileView } from '../../../shared/ipc/schemas/profile';
import { useLocale } from '../lib/i18n/LocaleProvider';
import { EnvTag } from './EnvTag';

interface Props {
  id: string;
  label: string;
  profiles: readonly ProfileView[];
  value: string | null;
  onChange(id: string | null): void;
  /** Text of the "none" option; omit to require a profile. */
  noneLabel?: string;
  describedBy?: string;
  invalid?: boolean;
}

/** "name · env · app", with `noSecret` ("(no secret)") after a profile whose secret is not stored. */
export function profileSummary(p: ProfileView, noSecret: string): string {
  return `${p.name} · ${p.env} · ${p.summary}${p.secretStored ? '' : ` ${noSecret}`}`;
}

export function ProfileSelect({ id, label, profiles, value, onChange, noneLabel, describedBy, invalid }: Props) {
  const { t } = useLocale();
  const chosen = profiles.find((p) => p.id === value);
  return (
    <div className="field profile-select">
      <label htmlFor={id}>{label}</label>
      <div className="with-tag">
        <select
          id={id}
          value={value ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{noneLabel ?? t('profiles.select.choose')}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileSummary(p, t('profiles.select.noSecret'))}
            </option>
          ))}
        </select>
        {chosen && <EnvTag env={chosen.env} />}
      </div>
    </div>
  );
}
