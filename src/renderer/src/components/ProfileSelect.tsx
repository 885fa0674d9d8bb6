/**
 * A native select of profiles ("name · env · app"), with the chosen profile's environment tag
 * shown in colour beside it. Native so it behaves like every other select on the platform
 * (type-to-find, arrow keys, screen readers).
 */
import type { ProfileView } from '../../../shared/ipc/schemas/profile';
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

export function profileSummary(p: ProfileView): string {
  return `${p.name} · ${p.env} · ${p.summary}${p.secretStored ? '' : ' (no secret)'}`;
}

export function ProfileSelect({ id, label, profiles, value, onChange, noneLabel, describedBy, invalid }: Props) {
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
          <option value="">{noneLabel ?? 'Choose a profile…'}</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileSummary(p)}
            </option>
          ))}
        </select>
        {chosen && <EnvTag env={chosen.env} />}
      </div>
    </div>
  );
}
