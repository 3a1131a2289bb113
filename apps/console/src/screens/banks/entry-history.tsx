import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useFormatTime } from '../../format-time.ts';
import { en, type MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import type { EntryEvent } from './banks.queries.ts';

// Cells of their own so that a language switch re-words rows the table keeps.
function EventCells({ event }: { event: EntryEvent }) {
  const t = useT();
  const formatTime = useFormatTime();
  const reason = event.details['reason'];
  const kind = `audit.actor.${event.actorType}`;
  const actor = kind in en ? t(kind as MessageId) : event.actorType;
  return (
    <>
      <Cell>
        <time dateTime={event.occurredAt}>{formatTime(event.occurredAt)}</time>
      </Cell>
      <Cell>{t(`banks.event.${event.kind}`)}</Cell>
      <Cell>{event.actorId === null ? actor : `${actor} (${event.actorId})`}</Cell>
      <Cell>{typeof reason === 'string' ? reason : ''}</Cell>
    </>
  );
}

/** What happened to an entry, oldest first, with who did it and why. */
export function EntryHistory({ events }: { events: readonly EntryEvent[] }) {
  const t = useT();
  return (
    <Table aria-label={t('banks.entry.history')} className="table">
      <TableHeader>
        <Column isRowHeader>{t('audit.when')}</Column>
        <Column>{t('audit.what')}</Column>
        <Column>{t('audit.who')}</Column>
        <Column>{t('banks.reason')}</Column>
      </TableHeader>
      <TableBody items={events.map((e, index) => ({ ...e, id: index }))} renderEmptyState={() => t('audit.noEvents')}>
        {(event) => (
          <Row id={event.id}>
            <EventCells event={event} />
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
