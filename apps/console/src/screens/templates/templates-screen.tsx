import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { TemplateEditor } from './template-editor.tsx';
import { templateLabel } from './template-labels.ts';
import { useTemplates, type TemplateRef, type TemplateSummary } from './templates.queries.ts';

// The notice templates (notice-templates.routes.ts): administrators change them, supervisors read
// and preview them.
export function TemplatesScreen() {
  return (
    <RequireRole roles={['supervisor', 'administrator']}>
      {(session) => <Templates canChange={session.user.role === 'administrator'} />}
    </RequireRole>
  );
}

function Templates({ canChange }: { canChange: boolean }) {
  const t = useT();
  const templates = useTemplates();
  const [open, setOpen] = useState<TemplateRef | null>(null);
  return (
    <ScreenFrame title={t('templates.title')} intro={t('templates.intro')}>
      <h2>{t('templates.listTitle')}</h2>
      {templates.isPending && <p role="status">{t('app.loading')}</p>}
      {templates.isError && <p role="alert">{describeError(templates.error, t)}</p>}
      {templates.data !== undefined && (
        <Table aria-label={t('templates.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('templates.template')}</Column>
            <Column>{t('templates.language')}</Column>
            <Column>{t('templates.state')}</Column>
            <Column>{t('templates.updated')}</Column>
            <Column>{t('templates.actions')}</Column>
          </TableHeader>
          <TableBody items={templates.data.map((x) => ({ ...x, id: `${x.name}.${x.language}` }))}>
            {(template) => (
              <Row id={template.id}>
                <TemplateCells template={template} onOpen={setOpen} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {open !== null && (
        <TemplateEditor key={`${open.name}.${open.language}`} templateRef={open} canChange={canChange} />
      )}
    </ScreenFrame>
  );
}

function TemplateCells({ template, onOpen }: { template: TemplateSummary; onOpen: (ref: TemplateRef) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const ref = { name: template.name, language: template.language };
  return (
    <>
      <Cell>{t(`templates.name.${template.name}` as MessageId)}</Cell>
      <Cell>{t(`templates.language.${template.language}` as MessageId)}</Cell>
      <Cell>
        <span className={template.overridden ? 'tag tag-published' : 'tag'}>
          {template.overridden ? t('templates.state.overridden') : t('templates.state.default')}
        </span>
      </Cell>
      <Cell>
        {template.updatedAt !== null && <time dateTime={template.updatedAt}>{formatTime(template.updatedAt)}</time>}
      </Cell>
      <Cell>
        <Button
          className="button button-secondary button-small"
          aria-label={t('templates.editFor', { template: templateLabel(ref, t) })}
          onPress={() => onOpen(ref)}
        >
          {t('templates.edit')}
        </Button>
      </Cell>
    </>
  );
}
