import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useBanks, useDecideSubmission, useSubmissions, type QueuedSubmission } from './banks.queries.ts';
import { ReasonDialog } from './reason-dialog.tsx';
import { SignalList } from './signal-list.tsx';

type Decision = { kind: 'accept' | 'reject'; submission: QueuedSubmission };

/** Providers' submissions waiting in quarantine: accepted into a bank (a new pending entry) or rejected. */
export function SubmissionQueue({ canDecide }: { canDecide: boolean }) {
  const t = useT();
  const submissions = useSubmissions();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [status, setStatus] = useState<Problem | null>(null);
  return (
    <>
      <h2>{t('banks.submissions.title')}</h2>
      <p className="intro">{t('banks.submissions.intro')}</p>
      <p role="status" className="hint">
        {describeProblem(status, t) ?? ''}
      </p>
      {submissions.isPending && <p role="status">{t('app.loading')}</p>}
      {submissions.isError && <p role="alert">{describeError(submissions.error, t)}</p>}
      {submissions.data !== undefined && (
        <Table aria-label={t('banks.submissions.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('banks.entry')}</Column>
            <Column>{t('banks.signals')}</Column>
            <Column>{t('banks.submissions.from')}</Column>
            <Column>{t('banks.submissions.received')}</Column>
            <Column>{t('banks.actions')}</Column>
          </TableHeader>
          <TableBody
            items={submissions.data.map((s) => ({ ...s, id: s.entryId }))}
            renderEmptyState={() => t('banks.submissions.none')}
          >
            {(submission) => (
              <Row id={submission.entryId}>
                <SubmissionCells submission={submission} canDecide={canDecide} onDecide={setDecision} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {decision !== null && <DecisionDialog decision={decision} onClose={() => setDecision(null)} onDone={setStatus} />}
    </>
  );
}

function SubmissionCells(props: {
  submission: QueuedSubmission;
  canDecide: boolean;
  onDecide: (decision: Decision) => void;
}) {
  const { submission } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const name = t('banks.entryNumber', { id: String(submission.entryId) });
  return (
    <>
      <Cell>
        <Link to="/bank-entries/$id" params={{ id: String(submission.entryId) }}>
          {name}
        </Link>
      </Cell>
      <Cell>
        <SignalList signals={submission.signals} />
      </Cell>
      <Cell>
        <ul className="plain-list">
          {submission.submissions.map((s) => (
            <li key={`${s.organisation} ${s.createdAt}`}>
              {s.organisation}
              {s.note !== '' && <span className="hint"> · {s.note}</span>}
            </li>
          ))}
        </ul>
      </Cell>
      <Cell>
        <time dateTime={submission.createdAt}>{formatTime(submission.createdAt)}</time>
      </Cell>
      <Cell>
        {props.canDecide && (
          <div className="row-actions">
            <Button
              className="button button-primary button-small"
              aria-label={t('banks.submissions.acceptFor', { entry: name })}
              onPress={() => props.onDecide({ kind: 'accept', submission })}
            >
              {t('banks.submissions.accept')}
            </Button>
            <Button
              className="button button-secondary button-small"
              aria-label={t('banks.submissions.rejectFor', { entry: name })}
              onPress={() => props.onDecide({ kind: 'reject', submission })}
            >
              {t('banks.submissions.reject')}
            </Button>
          </div>
        )}
      </Cell>
    </>
  );
}

function DecisionDialog(props: { decision: Decision; onClose: () => void; onDone: (status: Problem) => void }) {
  const t = useT();
  const decide = useDecideSubmission();
  const banks = useBanks();
  const targets = (banks.data ?? []).filter((b) => b.kind !== 'quarantine');
  const [bank, setBank] = useState<string | null>(null);
  const chosen = bank ?? targets[0]?.name ?? '';
  const { kind, submission } = props.decision;
  const id = submission.entryId;
  const confirm = (reason: string) =>
    decide.mutate(kind === 'accept' ? { kind, id, bank: chosen, reason } : { kind, id, reason }, {
      onSuccess: (accepted) => {
        props.onDone(
          accepted === null
            ? { id: 'banks.submissions.rejected', values: { id: String(id) } }
            : {
                id: accepted.created ? 'banks.submissions.accepted' : 'banks.submissions.acceptedTwin',
                values: { id: String(id), bank: chosen, entry: String(accepted.entryId) },
              },
        );
        props.onClose();
      },
    });
  return (
    <ReasonDialog
      title={t(kind === 'accept' ? 'banks.submissions.acceptTitle' : 'banks.submissions.rejectTitle')}
      explain={t(kind === 'accept' ? 'banks.submissions.acceptExplain' : 'banks.submissions.rejectExplain')}
      confirmLabel={t(kind === 'accept' ? 'banks.submissions.accept' : 'banks.submissions.reject')}
      danger={kind === 'reject'}
      busy={decide.isPending}
      error={decide.error}
      onConfirm={confirm}
      onClose={props.onClose}
    >
      <SignalList signals={submission.signals} />
      {kind === 'accept' && targets.length > 0 && (
        <SelectField
          label={t('banks.submissions.into')}
          options={targets.map((b) => ({ id: b.name, label: b.name }))}
          value={chosen}
          onChange={setBank}
        />
      )}
    </ReasonDialog>
  );
}
