import './cases.css';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role, Session } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { caseReaders, caseSupervisors, caseWorkers, CaseType, PriorityTags } from './case-labels.tsx';
import { CaseFilters } from './case-filters.tsx';
import { caseStates, type CaseFilter } from './cases-search.ts';
import { useCaseCounts, useCaseQueue, useClaim, type CaseSummary } from './cases.queries.ts';
import { IntakeDialog } from './intake-dialog.tsx';

export function CasesScreen() {
  return <RequireRole roles={caseReaders}>{(session) => <Queue session={session} />}</RequireRole>;
}

function Queue({ session }: { session: Session }) {
  const t = useT();
  const filter = useSearch({ from: '/cases' });
  const navigate = useNavigate();
  const queue = useCaseQueue(filter);
  const [intakeOpen, setIntakeOpen] = useState(false);
  const [status, setStatus] = useState<Problem | null>(null);
  const cases = queue.data?.pages.flatMap((page) => page.cases) ?? [];
  const canWork = (caseWorkers as readonly Role[]).includes(session.user.role);
  const applyFilter = (next: CaseFilter) => void navigate({ to: '/cases', search: next });

  return (
    <ScreenFrame title={t('cases.title')} intro={t('cases.intro')}>
      <StateCounts filter={filter} />
      {canWork && (
        <div className="actions actions-tight">
          <Button className="button button-primary" onPress={() => setIntakeOpen(true)}>
            {t('cases.intake')}
          </Button>
        </div>
      )}
      <CaseFilters filter={filter} onApply={applyFilter} />
      <h2>{t('cases.listTitle')}</h2>
      <p role="status" className="hint">
        {describeProblem(status, t)}
      </p>
      {queue.isPending && <p role="status">{t('app.loading')}</p>}
      {queue.isError && <p role="alert">{describeError(queue.error, t)}</p>}
      {queue.data !== undefined && (
        <>
          <p className="hint">
            {queue.hasNextPage
              ? t('cases.shownMore', { count: cases.length })
              : t('cases.shown', { count: cases.length })}
          </p>
          <Table aria-label={t('cases.listTitle')} className="table table-queue">
            <TableHeader>
              <Column isRowHeader>{t('cases.report')}</Column>
              <Column>{t('cases.priority')}</Column>
              <Column>{t('cases.type')}</Column>
              <Column>{t('cases.region')}</Column>
              <Column>{t('cases.source')}</Column>
              <Column>{t('cases.received')}</Column>
              <Column>{t('cases.holder')}</Column>
              <Column>{t('cases.actions')}</Column>
            </TableHeader>
            <TableBody items={cases} renderEmptyState={() => t('cases.none')}>
              {(summary) => (
                <Row id={summary.reportId} textValue={summary.reportNumber}>
                  <CaseCells summary={summary} role={session.user.role} onStatus={setStatus} />
                </Row>
              )}
            </TableBody>
          </Table>
          {queue.hasNextPage && (
            <Button
              className="button button-secondary"
              isPending={queue.isFetchingNextPage}
              onPress={() => void queue.fetchNextPage()}
            >
              {t('cases.more')}
            </Button>
          )}
        </>
      )}
      {intakeOpen && (
        <IntakeDialog
          onClose={() => setIntakeOpen(false)}
          onEntered={(number) => {
            setIntakeOpen(false);
            setStatus({ id: 'intake.entered', values: { number } });
          }}
        />
      )}
    </ScreenFrame>
  );
}

/** Counts per state, always shown; each a link to the queue of that state (filters kept). */
function StateCounts({ filter }: { filter: CaseFilter }) {
  const t = useT();
  const counts = useCaseCounts();
  return (
    <section aria-labelledby="counts-title" className="case-counts">
      <h2 id="counts-title">{t('cases.countsTitle')}</h2>
      {counts.isError && <p role="alert">{describeError(counts.error, t)}</p>}
      <ul className="counts">
        {caseStates.map((state) => (
          <li key={state}>
            <Link
              to="/cases"
              search={{ ...filter, state }}
              className="count"
              aria-current={filter.state === state ? 'true' : undefined}
            >
              <span className="count-value">{counts.data?.[state] ?? '…'}</span>
              <span className="count-label">{t(`cases.state.${state}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClaimHolder({ summary }: { summary: CaseSummary }) {
  const t = useT();
  const formatTime = useFormatTime();
  const claim = summary.claim;
  if (claim === null) return <span className="hint">{t('cases.nobody')}</span>;
  const time = formatTime(claim.expiresAt);
  return (
    <span title={claim.expiresAt}>
      {claim.isMine ? t('cases.heldByMe', { time }) : t('cases.heldBy', { email: claim.email, time })}
    </span>
  );
}

/** What a staff member may do with a case's claim: take a free one, give back theirs, or (supervising) anyone's. */
export function claimAction(summary: CaseSummary, role: Role): 'claim' | 'release' | null {
  if (summary.state === 'closed' || !(caseWorkers as readonly Role[]).includes(role)) return null;
  if (summary.claim === null) return 'claim';
  if (summary.claim.isMine || (caseSupervisors as readonly Role[]).includes(role)) return 'release';
  return null;
}

function CaseCells(props: { summary: CaseSummary; role: Role; onStatus: (status: Problem | null) => void }) {
  const { summary } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const claim = useClaim();
  const action = claimAction(summary, props.role);
  const act = () => {
    if (action === null || claim.isPending) return;
    claim.mutate(
      { reportId: summary.reportId, claim: action === 'claim' },
      {
        onSuccess: (updated) =>
          props.onStatus(
            updated.claim === null
              ? { id: 'cases.releasedStatus', values: { number: summary.reportNumber } }
              : {
                  id: 'cases.claimedStatus',
                  values: { number: summary.reportNumber, time: formatTime(updated.claim.expiresAt) },
                },
          ),
        onError: (error) => props.onStatus({ error }),
      },
    );
  };
  return (
    <>
      <Cell>
        <Link to="/cases/$reportId" params={{ reportId: summary.reportId }} className="case-link">
          {summary.reportNumber}
        </Link>
        <br />
        <span className="hint">{t('cases.urls', { count: summary.urls })}</span>
      </Cell>
      <Cell>
        <PriorityTags summary={summary} />
      </Cell>
      <Cell>
        <CaseType summary={summary} />
      </Cell>
      <Cell>{summary.region ?? ''}</Cell>
      <Cell>{t(`cases.source.${summary.source}` as MessageId)}</Cell>
      <Cell>
        <time dateTime={summary.receivedAt}>{formatTime(summary.receivedAt)}</time>
      </Cell>
      <Cell>
        <ClaimHolder summary={summary} />
      </Cell>
      <Cell>
        {action !== null && (
          <Button
            className={
              action === 'claim' ? 'button button-primary button-small' : 'button button-secondary button-small'
            }
            aria-label={t(action === 'claim' ? 'cases.claimFor' : 'cases.releaseFor', {
              number: summary.reportNumber,
            })}
            isPending={claim.isPending}
            onPress={act}
          >
            {t(action === 'claim' ? 'cases.claim' : 'cases.release')}
          </Button>
        )}
      </Cell>
    </>
  );
}
