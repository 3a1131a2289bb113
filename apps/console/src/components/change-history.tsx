import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ApiPaths } from '../api.ts';
import { useFormatTime } from '../format-time.ts';
import { en, type MessageId } from '../i18n/catalogue.ts';
import { useT, type Translate } from '../i18n/locale.tsx';

export type AuditEvent =
  ApiPaths['/api/v1/audit']['get']['responses'][200]['content']['application/json']['events'][number];

/** "Account disabled" for a known action, the action's own name otherwise. */
export function describeAction(action: string, t: Translate): string {
  const id = `audit.action.${action}`;
  return id in en ? t(id as MessageId) : action;
}

/** Who did it: a staff member's email, else the kind of actor and its id ("cli (root)"). */
export function describeActor(event: AuditEvent, t: Translate): string {
  if (event.actorEmail !== null) return event.actorEmail;
  const kind = t(`audit.actor.${event.actorType}` as MessageId);
  return event.actorId === null ? kind : `${kind} (${event.actorId})`;
}

// Cells are a component of their own so that a language switch re-renders them: the table keeps
// rows whose item has not changed.
function EventCells({ event, subject }: { event: AuditEvent; subject: string }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>
        <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
      </Cell>
      <Cell>{describeActor(event, t)}</Cell>
      <Cell>
        {describeAction(event.action, t)}
        {typeof event.details['reason'] === 'string' && (
          <span className="hint"> · {t('audit.reason', { reason: event.details['reason'] })}</span>
        )}
      </Cell>
      <Cell>{subject}</Cell>
    </>
  );
}

/** The audit events of one kind of change, as a table: when, who, what, on what. */
export function ChangeHistory(props: {
  label: string;
  events: readonly AuditEvent[];
  subjectOf: (event: AuditEvent) => string;
}) {
  const t = useT();
  return (
    <Table aria-label={props.label} className="table">
      <TableHeader>
        <Column isRowHeader>{t('audit.when')}</Column>
        <Column>{t('audit.who')}</Column>
        <Column>{t('audit.what')}</Column>
        <Column>{t('audit.onWhat')}</Column>
      </TableHeader>
      <TableBody items={props.events} renderEmptyState={() => t('audit.noEvents')}>
        {(event) => (
          <Row id={event.seq}>
            <EventCells event={event} subject={props.subjectOf(event)} />
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
