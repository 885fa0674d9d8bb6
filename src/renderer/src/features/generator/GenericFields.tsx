/**
 * The generator section of a family without a hand-written one: one input per generator
 * FieldSpec (text, number, choice, switch, JSON), labelled and explained by the family.
 */
import type { TokenFamily } from '../../../../shared/families/family';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { useFamilyTexts } from '../../lib/i18n/useFamilyTexts';
import { genericFields, type FieldValues } from './generatorForm';

export function GenericFields({ family, values, onChange }: { family: TokenFamily; values: FieldValues; onChange: (key: string, value: string | boolean) => void }) {
  const { t } = useLocale();
  const texts = useFamilyTexts(family.id);
  return (
    <fieldset className="fieldset">
      <legend>{texts.name(family.label)}</legend>
      {genericFields(family).map((field) => {
        const id = `gen-field-${field.key}`;
        const help = texts.help('field', field);
        const label = texts.label('field', field);
        const hint = help ? <p className="field-hint">{help}</p> : null;
        const value = values[field.key];
        if (field.kind === 'boolean') {
          const checked = typeof value === 'boolean' ? value : field.defaultValue === true;
          return (
            <label key={field.key} className="check">
              <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(field.key, e.target.checked)} />
              {label}
            </label>
          );
        }
        const text = typeof value === 'string' ? value : field.defaultValue !== undefined && typeof field.defaultValue !== 'boolean' ? String(field.defaultValue) : '';
        return (
          <div key={field.key} className="field">
            <label htmlFor={id}>
              {field.required ? label : t('generator.optional', { label })}
            </label>
            {field.kind === 'select' ? (
              <select id={id} value={text} onChange={(e) => onChange(field.key, e.target.value)}>
                {field.required ? null : <option value="">—</option>}
                {(field.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {texts.option('field', field, o)}
                  </option>
                ))}
              </select>
            ) : field.kind === 'json' ? (
              <textarea id={id} value={text} spellCheck={false} rows={3} onChange={(e) => onChange(field.key, e.target.value)} />
            ) : (
              <input id={id} value={text} inputMode={field.kind === 'integer' ? 'numeric' : undefined} spellCheck={false} autoComplete="off" onChange={(e) => onChange(field.key, e.target.value)} />
            )}
            {hint}
          </div>
        );
      })}
    </fieldset>
  );
}
