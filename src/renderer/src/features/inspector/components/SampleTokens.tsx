/** "Try an example": the built-in sample tokens, clearly labelled as samples, with their throwaway secrets. */
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { SAMPLE_TOKENS } from '../../../../../shared/tokens/sampleTokens';

export function SampleTokens({ onPick }: { onPick(token: string): void }) {
  const { t } = useLocale();
  return (
    <section className="samples" aria-labelledby="samples-title">
      <h2 id="samples-title">{t('inspector.tryExample')}</h2>
      <p className="muted small">{t('inspector.examplesIntro')}</p>
      <ul>
        {SAMPLE_TOKENS.map((sample) => (
          <li key={sample.id} className="sample">
            <button type="button" className="secondary" onClick={() => onPick(sample.token)}>
              <span className="badge tone-neutral">{t('inspector.sample')}</span> {t(`samples.label.${sample.id}`, { defaultValue: sample.label })}
            </button>
            <span className="mono small muted">
              {Object.entries(sample.inputs)
                .map(([k, v]) => `${t(`samples.input.${k}`, { defaultValue: k })} ${v}`)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
