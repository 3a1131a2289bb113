import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import {
  bankCurators,
  bankReaders,
  useBanks,
  useEntries,
  type EntryState,
  type EntrySummary,
} from './banks.queries.ts';
import { EntryStatus } from './entry-status.tsx';
import { SignalList } from './signal-list.tsx';

const states = ['all', 'live', 'withdrawn'] as const satisfies readonly EntryState[];

export function BankScreen() {
  const { name } = useParams({ from: '/banks/$name' });
  return (
    <RequireRole roles={bankReaders}>{(session) => <BankEntries name={name} role={session.user.role} />}</RequireRole>
  );
}

/** One bank: what it is for, and its entries 50 a page, newest first, live, withdrawn or all. */
function BankEntries({ name, role }: { name: string; role: Role }) {
  const t = useT();
  const banks = useBanks();
  const bank = banks.data?.find((b) => b.name === name);
  const [state, setState] = useState<EntryState>('all');
  // The cursors of the pages already seen, so that "previous page" goes back without a reverse query.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const entries = useEntries(name, state, before);
  const choose = (value: EntryState) => {
    setState(value);
    setCursors([]);
  };
  const page = cursors.length + 1;
  return (
    <ScreenFrame title={t('banks.bankTitle', { name })} intro={bank?.purpose ?? ''}>
      <nav aria-label={t('banks.bankLinks')} className="actions actions-tight">
        <Link to="/banks">{t('banks.allBanks')}</Link>
        {bankCurators.includes(role) && (
          <Link to="/banks/$name/curation" params={{ name }}>
            {t('banks.curation.title')}
          </Link>
        )}
      </nav>
      {bank !== undefined && (
        <p className="hint">
          {t('banks.bankCounts', {
            kind: t(`banks.kind.${bank.kind}`),
            live: bank.liveEntries,
            withdrawn: bank.withdrawnEntries,
          })}
        </p>
      )}
      <h2>{t('banks.entriesTitle')}</h2>
      <div className="form-row">
        <SelectField
          label={t('banks.show')}
          options={states.map((id) => ({ id, label: t(`banks.show.${id}`) }))}
          value={state}
          onChange={choose}
        />
      </div>
      {entries.isPending && <p role="status">{t('app.loading')}</p>}
      {entries.isError && <p role="alert">{describeError(entries.error, t)}</p>}
      {entries.data !== undefined && (
        <>
          <Table aria-label={t('banks.entriesTitle')} className="table">
            <TableHeader>
              <Column isRowHeader>{t('banks.entry')}</Column>
              <Column>{t('banks.signals')}</Column>
              <Column>{t('banks.state')}</Column>
              <Column>{t('banks.added')}</Column>
            </TableHeader>
            <TableBody items={entries.data.entries} renderEmptyState={() => t('banks.noEntries')}>
              {(entry) => (
                <Row id={entry.id}>
                  <EntryCells entry={entry} />
                </Row>
              )}
            </TableBody>
          </Table>
          <div className="actions actions-tight">
            <Button
              className="button button-secondary"
              isDisabled={cursors.length === 0}
              onPress={() => setCursors(cursors.slice(0, -1))}
            >
              {t('banks.previousPage')}
            </Button>
            <span className="hint">{t('banks.page', { page })}</span>
            <Button
              className="button button-secondary"
              isDisabled={entries.data.nextBefore === null}
              onPress={() => entries.data.nextBefore !== null && setCursors([...cursors, entries.data.nextBefore])}
            >
              {t('banks.nextPage')}
            </Button>
          </div>
        </>
      )}
    </ScreenFrame>
  );
}

function EntryCells({ entry }: { entry: EntrySummary }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>
        <Link to="/bank-entries/$id" params={{ id: String(entry.id) }}>
          {t('banks.entryNumber', { id: String(entry.id) })}
        </Link>
      </Cell>
      <Cell>
        <SignalList signals={entry.signals} />
      </Cell>
      <Cell>
        <EntryStatus entry={entry} />
      </Cell>
      <Cell>
        <time dateTime={entry.createdAt}>{formatTime(entry.createdAt)}</time>
      </Cell>
    </>
  );
}
