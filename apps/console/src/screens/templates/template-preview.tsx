import { useT } from '../../i18n/locale.tsx';
import type { TemplatePreview as Preview } from './templates.queries.ts';

/**
 * The sample notice as its recipient reads it: subject, plain text, and the HTML in a sandboxed
 * frame (no scripts, no same-origin access, nothing of it in the console's own page).
 */
export function TemplatePreview({ preview, language }: { preview: Preview; language: 'en' | 'fr' }) {
  const t = useT();
  return (
    <section className="preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">{t('templates.previewTitle')}</h3>
      <p className="hint">{t('templates.previewIntro')}</p>
      <h4>{t('templates.previewSubject')}</h4>
      <p className="template-text" lang={language}>
        {preview.subject}
      </p>
      <h4>{t('templates.previewText')}</h4>
      <pre className="template-text" lang={language}>
        {preview.text}
      </pre>
      <h4>{t('templates.previewHtml')}</h4>
      <iframe className="template-frame" sandbox="" srcDoc={preview.html} title={t('templates.previewFrame')} />
    </section>
  );
}
