import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { AppealsSection } from './appeals-section.tsx';
import { useEntries, type BlocklistEntry } from './blocklist.queries.ts';
import { EntryDialog, type EntryAction } from './entry-dialog.tsx';
import { FeedSection } from './feed-section.tsx';

const filters = ['all', 'nominated', 'awaiting_second', 'listed', 'removed'] as const;
type Filter = (typeof filters)[number];
type Stage = Exclude<Filter, 'all'>;

/** Where an entry stands as a supervisor reads it: a nomination one approval short is "awaiting second approval". */
export function stageOf(entry: BlocklistEntry): Stage {
  if (entry.state === 'listed') return 'listed';
  if (entry.state === 'nominated') return entry.approvals > 0 ? 'awaiting_second' : 'nominated';
  return 'removed';
}

function describeState(entry: BlocklistEntry, t: ReturnType<typeof useT>): string {
  if (entry.state === 'rejected') return t('blocklist.state.rejected');
  if (entry.state === 'delisted')
    return t('blocklist.state.delisted', {
      reason: t(`blocklist.delistedReason.${entry.delistedReason ?? 'withdrawn'}`),
    });
  return t(`blocklist.stage.${stageOf(entry)}` as MessageId);
}

export function BlocklistScreen() {
  return (
    <RequireRole roles={['analyst', 'supervisor', 'verifier']}>
      {(session) => <Blocklist role={session.user.role} />}
    </RequireRole>
  );
}

function Blocklist({ role }: { role: Role }) {
  const t = useT();
  const entries = useEntries(undefined);
  const [filter, setFilter] = useState<Filter>('all');
  const [action, setAction] = useState<EntryAction | null>(null);
  const canWork = role === 'analyst' || role === 'supervisor';
  const shown = (entries.data ?? []).filter((entry) => filter === 'all' || stageOf(entry) === filter);
  return (
    <ScreenFrame title={t('blocklist.title')} intro={t('blocklist.intro')}>
      <h2>{t('blocklist.entriesTitle')}</h2>
      <div className="form-row">
        <SelectField
          label={t('blocklist.filter')}
          options={filters.map((id) => ({ id, label: t(`blocklist.filter.${id}`) }))}
          value={filter}
          onChange={setFilter}
        />
      </div>
      {entries.isPending && <p role="status">{t('app.loading')}</p>}
      {entries.isError && <p role="alert">{describeError(entries.error, t)}</p>}
      {entries.data !== undefined && (
        <Table aria-label={t('blocklist.entriesTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('blocklist.entry')}</Column>
            <Column>{t('blocklist.kind')}</Column>
            <Column>{t('blocklist.state')}</Column>
            <Column>{t('blocklist.approvals')}</Column>
            <Column>{t('blocklist.since')}</Column>
            <Column>{t('blocklist.actions')}</Column>
          </TableHeader>
          <TableBody items={shown} renderEmptyState={() => t('blocklist.noEntries')}>
            {(entry) => (
              <Row id={entry.id}>
                <EntryCells entry={entry} canWork={canWork} canWithdraw={role === 'supervisor'} onAction={setAction} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <AppealsSection canDecide={canWork} />
      {(role === 'supervisor' || role === 'verifier') && <FeedSection showFetches={role === 'supervisor'} />}
      {action !== null && <EntryDialog action={action} onClose={() => setAction(null)} />}
    </ScreenFrame>
  );
}

function EntryCells(props: {
  entry: BlocklistEntry;
  canWork: boolean;
  canWithdraw: boolean;
  onAction: (action: EntryAction) => void;
}) {
  const { entry, onAction } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const since = entry.delistedAt ?? entry.listedAt ?? entry.nominatedAt;
  return (
    <>
      <Cell>
        <code>{entry.entry}</code>
      </Cell>
      <Cell>{t(`blocklist.kind.${entry.kind}`)}</Cell>
      <Cell>
        <span className={`tag tag-blocklist-${stageOf(entry)}`}>{describeState(entry, t)}</span>
      </Cell>
      <Cell>{t('blocklist.approvalsOf', { count: entry.approvals })}</Cell>
      <Cell>
        <time dateTime={since}>{formatTime(since)}</time>
      </Cell>
      <Cell>
        <div className="row-actions">
          {props.canWork && entry.state === 'nominated' && (
            <>
              <Button
                className="button button-primary button-small"
                aria-label={t('blocklist.approveFor', { entry: entry.entry })}
                onPress={() => onAction({ kind: 'approve', entry })}
              >
                {t('blocklist.approve')}
              </Button>
              <Button
                className="button button-secondary button-small"
                aria-label={t('blocklist.rejectFor', { entry: entry.entry })}
                onPress={() => onAction({ kind: 'reject', entry })}
              >
                {t('blocklist.reject')}
              </Button>
            </>
          )}
          {props.canWithdraw && entry.state === 'listed' && (
            <Button
              className="button button-danger button-small"
              aria-label={t('blocklist.withdrawFor', { entry: entry.entry })}
              onPress={() => onAction({ kind: 'withdraw', entry })}
            >
              {t('blocklist.withdraw')}
            </Button>
          )}
        </div>
      </Cell>
    </>
  );
}
