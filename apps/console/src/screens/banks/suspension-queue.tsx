import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useChangeEntry, useSuspensions, type SuspendedEntry } from './banks.queries.ts';
import { ReasonDialog } from './reason-dialog.tsx';

/** Entries the flood guard suspended (too many matches too fast): lifted with a reason, or kept by leaving them. */
export function SuspensionQueue({ canLift }: { canLift: boolean }) {
  const t = useT();
  const suspensions = useSuspensions();
  const [lifting, setLifting] = useState<SuspendedEntry | null>(null);
  const [status, setStatus] = useState<Problem | null>(null);
  return (
    <>
      <h2>{t('banks.suspensions.title')}</h2>
      <p className="intro">{t('banks.suspensions.intro')}</p>
      <p role="status" className="hint">
        {describeProblem(status, t) ?? ''}
      </p>
      {suspensions.isPending && <p role="status">{t('app.loading')}</p>}
      {suspensions.isError && <p role="alert">{describeError(suspensions.error, t)}</p>}
      {suspensions.data !== undefined && (
        <Table aria-label={t('banks.suspensions.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('banks.entry')}</Column>
            <Column>{t('banks.bank')}</Column>
            <Column>{t('banks.suspensions.since')}</Column>
            <Column>{t('banks.suspensions.why')}</Column>
            <Column>{t('banks.actions')}</Column>
          </TableHeader>
          <TableBody
            items={suspensions.data.map((s) => ({ ...s, id: s.entryId }))}
            renderEmptyState={() => t('banks.suspensions.none')}
          >
            {(entry) => (
              <Row id={entry.entryId}>
                <SuspensionCells entry={entry} canLift={canLift} onLift={setLifting} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {lifting !== null && <LiftDialog entry={lifting} onClose={() => setLifting(null)} onDone={setStatus} />}
    </>
  );
}

function SuspensionCells(props: { entry: SuspendedEntry; canLift: boolean; onLift: (entry: SuspendedEntry) => void }) {
  const { entry } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const name = t('banks.entryNumber', { id: String(entry.entryId) });
  return (
    <>
      <Cell>
        <Link to="/bank-entries/$id" params={{ id: String(entry.entryId) }}>
          {name}
        </Link>
      </Cell>
      <Cell>{entry.bank}</Cell>
      <Cell>
        <time dateTime={entry.suspendedAt}>{formatTime(entry.suspendedAt)}</time>
      </Cell>
      <Cell>{entry.reason === 'flood_guard' ? t('banks.suspensions.floodGuard') : entry.reason}</Cell>
      <Cell>
        {props.canLift && (
          <Button
            className="button button-primary button-small"
            aria-label={t('banks.suspensions.liftFor', { entry: name })}
            onPress={() => props.onLift(entry)}
          >
            {t('banks.suspensions.lift')}
          </Button>
        )}
      </Cell>
    </>
  );
}

function LiftDialog(props: { entry: SuspendedEntry; onClose: () => void; onDone: (status: Problem) => void }) {
  const t = useT();
  const change = useChangeEntry();
  const id = props.entry.entryId;
  return (
    <ReasonDialog
      title={t('banks.suspensions.liftTitle')}
      explain={t('banks.suspensions.liftExplain', { entry: String(id), bank: props.entry.bank })}
      confirmLabel={t('banks.suspensions.lift')}
      busy={change.isPending}
      error={change.error}
      onConfirm={(reason) =>
        change.mutate(
          { kind: 'lift', id, reason },
          {
            onSuccess: () => {
              props.onDone({ id: 'banks.suspensions.lifted', values: { id: String(id) } });
              props.onClose();
            },
          },
        )
      }
      onClose={props.onClose}
    />
  );
}
