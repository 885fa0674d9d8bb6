/** The CommsEase client types (fromClientType) as a labelled select, used by the tester and the cases form. */
import { COMMSEASE_CLIENT_TYPES, type CommsEaseClientType } from '../../../../../shared/commsease/loginCallback';

export function ClientTypeSelect(props: { id: string; label: string; value: CommsEaseClientType; onChange: (value: CommsEaseClientType) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value as CommsEaseClientType)}>
        {COMMSEASE_CLIENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
    </div>
  );
}
