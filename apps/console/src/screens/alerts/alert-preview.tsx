import { useMemo } from 'react';
import { createTranslator } from '../../i18n/translate.ts';

/**
 * A draft as the tipline will show it, in the alert's own language whatever the console's:
 * title, publication date, and paragraphs split at blank lines (as the tipline's alerts page).
 */
export function AlertPreview({ title, body, language }: { title: string; body: string; language: 'en' | 'fr' }) {
  const t = useMemo(() => createTranslator(language), [language]);
  const today = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' }).format(
    new Date(),
  );
  return (
    <article className="preview" lang={language} aria-label={t('alerts.previewOf')}>
      <p className="hint">{t('alerts.previewOf')}</p>
      {title.trim() === '' && body.trim() === '' ? (
        <p className="hint">{t('alerts.previewEmpty')}</p>
      ) : (
        <>
          <h3>{title}</h3>
          <p className="hint">{t('alerts.publishedOn', { date: today })}</p>
          {body
            .split(/\n{2,}/)
            .filter((paragraph) => paragraph.trim() !== '')
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
        </>
      )}
    </article>
  );
}
