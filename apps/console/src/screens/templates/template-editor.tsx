import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { describeError, type Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { refusalOf, templateLabel } from './template-labels.ts';
import { TemplatePreview } from './template-preview.tsx';
import {
  usePreviewTemplate,
  useResetTemplate,
  useSaveTemplate,
  useTemplate,
  type TemplatePreview as Preview,
  type TemplateRef,
  type TemplateView,
} from './templates.queries.ts';

/** One template's source: loaded, then edited, previewed, saved or reset (administrators only). */
export function TemplateEditor({ templateRef, canChange }: { templateRef: TemplateRef; canChange: boolean }) {
  const t = useT();
  const template = useTemplate(templateRef);
  if (template.isPending) return <p role="status">{t('app.loading')}</p>;
  if (template.isError) return <p role="alert">{describeError(template.error, t)}</p>;
  return <EditorForm view={template.data} canChange={canChange} />;
}

function EditorForm({ view, canChange }: { view: TemplateView; canChange: boolean }) {
  const t = useT();
  const ref = { name: view.name, language: view.language };
  const save = useSaveTemplate(ref);
  const reset = useResetTemplate(ref);
  const preview = usePreviewTemplate(ref);
  const [source, setSource] = useState(view.source);
  // The field's refusal and the form's problem are kept as what happened: a language switch re-words them.
  const [refused, setRefused] = useState<unknown>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<MessageId | null>(null);
  const [shown, setShown] = useState<Preview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const label = templateLabel(ref, t);

  const failed = (error: unknown) => {
    if (refusalOf(error, t) !== null) setRefused(error);
    else setProblem({ error });
  };
  const start = () => {
    setRefused(null);
    setProblem(null);
    setDone(null);
  };
  function runPreview(): void {
    if (preview.isPending) return;
    start();
    preview.mutate(source, { onSuccess: setShown, onError: failed });
  }
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!canChange || save.isPending) return;
    start();
    save.mutate(source, { onSuccess: () => setDone('templates.saved'), onError: failed });
  }
  function confirmReset(): void {
    if (reset.isPending) return;
    reset.mutate(undefined, {
      onSuccess: (answer) => {
        setSource(answer.source);
        setShown(null);
        setConfirming(false);
        start();
        setDone('templates.resetDone');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="template-editor-title">
      <h2 id="template-editor-title">{t('templates.editorTitle', { template: label })}</h2>
      {!canChange && <p className="hint">{t('templates.readOnly')}</p>}
      <ErrorSummary problem={problem} />
      <TextAreaField
        label={t('templates.source')}
        hint={
          view.name.startsWith('reply-')
            ? t('templates.replyHint', { subject: 'Subject:', insert: '{{name}}' })
            : t('templates.sourceHint', {
                insert: '{{name}}',
                section: '{{#name}}',
                inverted: '{{^name}}',
                end: '{{/name}}',
              })
        }
        value={source}
        onChange={setSource}
        error={refusalOf(refused, t)}
        lang={view.language}
        code
        isReadOnly={!canChange}
      />
      <details>
        <summary>{t('templates.names')}</summary>
        <ul className="template-names">
          {view.names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      </details>
      <div className="actions actions-tight">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={preview.isPending}
          onClick={runPreview}
        >
          {preview.isPending ? t('templates.previewing') : t('templates.preview')}
        </button>
        {canChange && (
          <button type="submit" className="button button-primary" aria-disabled={save.isPending}>
            {save.isPending ? t('templates.saving') : t('templates.save')}
          </button>
        )}
        {canChange && view.overridden && (
          <Button className="button button-danger" onPress={() => setConfirming(true)}>
            {t('templates.reset')}
          </Button>
        )}
        {done !== null && (
          <span role="status" className="hint">
            {t(done)}
          </span>
        )}
      </div>
      {shown !== null && <TemplatePreview preview={shown} language={view.language} />}
      {confirming && (
        <ConfirmDialog
          isOpen
          onClose={() => setConfirming(false)}
          title={t('templates.resetTitle')}
          confirmLabel={t('templates.reset')}
          danger
          busy={reset.isPending}
          onConfirm={confirmReset}
        >
          <p>{t('templates.resetExplain')}</p>
          <p>{label}</p>
          {reset.error !== null && (
            <p className="field-error" role="alert">
              {describeError(reset.error, t)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </form>
  );
}
