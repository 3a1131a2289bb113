import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useAppeals, useDecideAppeal, type BlocklistAppeal } from './blocklist.queries.ts';

/** Site owners' appeals (from the public appeal page): each decided once, with a reason. */
export function AppealsSection({ canDecide }: { canDecide: boolean }) {
  const t = useT();
  const appeals = useAppeals();
  const [deciding, setDeciding] = useState<BlocklistAppeal | null>(null);
  return (
    <section aria-labelledby="appeals-title">
      <h2 id="appeals-title">{t('blocklist.appealsTitle')}</h2>
      <p className="intro">{t('blocklist.appealsIntro')}</p>
      {appeals.isPending && <p role="status">{t('app.loading')}</p>}
      {appeals.isError && <p role="alert">{describeError(appeals.error, t)}</p>}
      {appeals.data !== undefined && (
        <Table aria-label={t('blocklist.appealsTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('blocklist.appealAddress')}</Column>
            <Column>{t('blocklist.appealReason')}</Column>
            <Column>{t('blocklist.appealContact')}</Column>
            <Column>{t('blocklist.state')}</Column>
            <Column>{t('blocklist.since')}</Column>
            <Column>{t('blocklist.actions')}</Column>
          </TableHeader>
          <TableBody items={appeals.data} renderEmptyState={() => t('blocklist.noAppeals')}>
            {(appeal) => (
              <Row id={appeal.id}>
                <AppealCells appeal={appeal} canDecide={canDecide} onDecide={setDeciding} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {deciding !== null && <DecideDialog appeal={deciding} onClose={() => setDeciding(null)} />}
    </section>
  );
}

function AppealCells(props: {
  appeal: BlocklistAppeal;
  canDecide: boolean;
  onDecide: (appeal: BlocklistAppeal) => void;
}) {
  const { appeal } = props;
  const t = useT();
  const formatTime = useFormatTime();
  const when = appeal.decidedAt ?? appeal.submittedAt;
  return (
    <>
      <Cell>
        <code>{appeal.address}</code>
      </Cell>
      <Cell>
        <span lang={appeal.language}>{appeal.reason}</span>
      </Cell>
      <Cell>{appeal.contact}</Cell>
      <Cell>
        <span className={`tag tag-appeal-${appeal.state}`}>{t(`blocklist.appealState.${appeal.state}`)}</span>
        {appeal.decisionNote !== null && <span className="hint"> · {appeal.decisionNote}</span>}
      </Cell>
      <Cell>
        <time dateTime={when}>{formatTime(when)}</time>
      </Cell>
      <Cell>
        {props.canDecide && appeal.state === 'open' && (
          <Button
            className="button button-primary button-small"
            aria-label={t('blocklist.decideFor', { address: appeal.address })}
            onPress={() => props.onDecide(appeal)}
          >
            {t('blocklist.decide')}
          </Button>
        )}
      </Cell>
    </>
  );
}

function DecideDialog({ appeal, onClose }: { appeal: BlocklistAppeal; onClose: () => void }) {
  const t = useT();
  const decide = useDecideAppeal();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('rejected');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = () => {
    if (decide.isPending) return;
    if (note.trim() === '') return setMissing(true);
    setMissing(false);
    decide.mutate({ id: appeal.id, outcome, note }, { onSuccess: onClose });
  };
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('blocklist.decideTitle')}
      confirmLabel={t('blocklist.decideConfirm')}
      busy={decide.isPending}
      onConfirm={confirm}
    >
      <p>
        <code>{appeal.address}</code>
      </p>
      <p>{t('blocklist.decideExplain')}</p>
      {decide.error !== null && (
        <p className="field-error" role="alert">
          {describeError(decide.error, t)}
        </p>
      )}
      <SelectField
        label={t('blocklist.outcome')}
        options={(['rejected', 'upheld'] as const).map((id) => ({ id, label: t(`blocklist.outcome.${id}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      <TextAreaField
        label={t('blocklist.decisionNote')}
        hint={t('blocklist.decisionNoteHint')}
        value={note}
        onChange={setNote}
        error={missing ? t('blocklist.reasonMissing') : null}
      />
    </ConfirmDialog>
  );
}
