import { useState, type FormEvent } from 'react';
import { Button, Cell, Column, Link, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Session } from '../../api.ts';
import { describeAction, describeActor, type AuditEvent } from '../../components/change-history.tsx';
import { DayField } from '../../components/day-field.tsx';
import { Field } from '../../components/field.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { AuditVerification } from './audit-verification.tsx';
import { filterParams, noFilter, useAuditSearch, type AuditFilter } from './audit.queries.ts';

export function AuditScreen() {
  return (
    <RequireRole roles={['supervisor', 'administrator']}>{(session) => <AuditTrail session={session} />}</RequireRole>
  );
}

function AuditTrail({ session }: { session: Session }) {
  const t = useT();
  const [draft, setDraft] = useState<AuditFilter>(noFilter);
  const [filter, setFilter] = useState<AuditFilter>(noFilter);
  const search = useAuditSearch(filter);
  const events = search.data?.pages.flatMap((page) => page.events) ?? [];
  const exportUrl = `/api/v1/audit/export?${new URLSearchParams(filterParams(filter)).toString()}`;
  const set = (field: keyof AuditFilter) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFilter(draft);
  }

  return (
    <ScreenFrame title={t('auditTrail.title')} intro={t('auditTrail.intro')}>
      {session.user.role === 'administrator' ? (
        <AuditVerification />
      ) : (
        <p className="hint">{t('auditTrail.verifyAdministrators')}</p>
      )}
      <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="search-title">
        <h2 id="search-title">{t('auditTrail.searchTitle')}</h2>
        <div className="form-row">
          <Field
            label={t('auditTrail.actor')}
            hint={t('auditTrail.actorHint')}
            name="actor"
            value={draft.actor}
            onChange={set('actor')}
          />
          <Field
            label={t('auditTrail.action')}
            hint={t('auditTrail.actionHint')}
            name="action"
            value={draft.action}
            onChange={set('action')}
          />
          <Field
            label={t('auditTrail.subject')}
            hint={t('auditTrail.subjectHint')}
            name="subject"
            value={draft.subject}
            onChange={set('subject')}
          />
        </div>
        <div className="form-row">
          <DayField label={t('auditTrail.from')} hint={t('auditTrail.dayHint')} onChange={set('from')} />
          <DayField label={t('auditTrail.to')} hint={t('auditTrail.dayHint')} onChange={set('to')} />
        </div>
        <div className="actions actions-tight">
          <button type="submit" className="button button-primary">
            {t('auditTrail.search')}
          </button>
          <Link className="button button-secondary" href={exportUrl} download="vigie-audit.csv">
            {t('auditTrail.export')}
          </Link>
        </div>
      </form>
      <h2>{t('auditTrail.resultsTitle')}</h2>
      {search.isPending && <p role="status">{t('app.loading')}</p>}
      {search.isError && <p role="alert">{describeError(search.error, t)}</p>}
      {search.data !== undefined && (
        <>
          <p role="status" className="hint">
            {search.hasNextPage
              ? t('auditTrail.shownMore', { count: events.length })
              : t('auditTrail.shown', { count: events.length })}
          </p>
          <Table aria-label={t('auditTrail.resultsTitle')} className="table">
            <TableHeader>
              <Column isRowHeader>{t('auditTrail.seq')}</Column>
              <Column>{t('audit.when')}</Column>
              <Column>{t('audit.who')}</Column>
              <Column>{t('audit.what')}</Column>
              <Column>{t('audit.onWhat')}</Column>
              <Column>{t('auditTrail.details')}</Column>
            </TableHeader>
            <TableBody items={events} renderEmptyState={() => t('auditTrail.noMatch')}>
              {(event) => (
                <Row id={event.seq}>
                  <EventCells event={event} />
                </Row>
              )}
            </TableBody>
          </Table>
          {search.hasNextPage && (
            <Button
              className="button button-secondary"
              isPending={search.isFetchingNextPage}
              onPress={() => void search.fetchNextPage()}
            >
              {t('auditTrail.more')}
            </Button>
          )}
        </>
      )}
    </ScreenFrame>
  );
}

function EventCells({ event }: { event: AuditEvent }) {
  const t = useT();
  const formatTime = useFormatTime();
  const details = Object.keys(event.details).length === 0 ? '' : JSON.stringify(event.details);
  return (
    <>
      <Cell>{event.seq}</Cell>
      <Cell>
        <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
      </Cell>
      <Cell>{describeActor(event, t)}</Cell>
      <Cell>
        {describeAction(event.action, t)}
        <br />
        <code className="hint">{event.action}</code>
      </Cell>
      <Cell>
        {event.subjectType !== null && <span className="hint">{event.subjectType} </span>}
        <code className="hash">{event.subjectId ?? ''}</code>
      </Cell>
      <Cell>
        <code className="hash">{details}</code>
      </Cell>
    </>
  );
}
