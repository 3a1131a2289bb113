import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { bankCurators, bankReaders, useChangeEntry, useEntry, type EntryView } from './banks.queries.ts';
import { EntryHistory } from './entry-history.tsx';
import { EntryStatus } from './entry-status.tsx';
import { labelOf } from './legal-schemes.tsx';
import { ReasonDialog } from './reason-dialog.tsx';
import { SignalList } from './signal-list.tsx';

export function EntryScreen() {
  const { id } = useParams({ from: '/bank-entries/$id' });
  return (
    <RequireRole roles={bankReaders}>{(session) => <Entry id={Number(id)} role={session.user.role} />}</RequireRole>
  );
}

/** One bank entry: its fingerprints, neutral labels, the category under each legal scheme and its whole history. */
function Entry({ id, role }: { id: number; role: Role }) {
  const t = useT();
  const entry = useEntry(id);
  const [changing, setChanging] = useState<'withdraw' | 'restore' | null>(null);
  const [status, setStatus] = useState<Problem | null>(null);
  const view = entry.data;
  return (
    <ScreenFrame title={t('banks.entryNumber', { id: String(id) })} intro={t('banks.entryIntro')}>
      <nav aria-label={t('banks.bankLinks')} className="actions actions-tight">
        <Link to="/banks">{t('banks.allBanks')}</Link>
        {view !== undefined && (
          <Link to="/banks/$name" params={{ name: view.entry.bank }}>
            {t('banks.bankTitle', { name: view.entry.bank })}
          </Link>
        )}
      </nav>
      {entry.isPending && <p role="status">{t('app.loading')}</p>}
      {entry.isError && <p role="alert">{describeError(entry.error, t)}</p>}
      <p role="status" className="hint">
        {describeProblem(status, t) ?? ''}
      </p>
      {view !== undefined && (
        <>
          <EntryFacts view={view} />
          {bankCurators.includes(role) && (
            <div className="actions actions-tight">
              {view.entry.withdrawn ? (
                <Button className="button button-primary" onPress={() => setChanging('restore')}>
                  {t('banks.entry.restore')}
                </Button>
              ) : (
                <Button className="button button-danger" onPress={() => setChanging('withdraw')}>
                  {t('banks.entry.withdraw')}
                </Button>
              )}
            </div>
          )}
          <h2>{t('banks.entry.history')}</h2>
          <EntryHistory events={view.events} />
        </>
      )}
      {changing !== null && (
        <ChangeDialog kind={changing} id={id} onClose={() => setChanging(null)} onDone={setStatus} />
      )}
    </ScreenFrame>
  );
}

function EntryFacts({ view }: { view: EntryView }) {
  const t = useT();
  const { labels } = view;
  const categories = Object.entries(view.legalCategories);
  const none = t('banks.entry.notLabelled');
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('banks.state')}</dt>
          <dd>
            <EntryStatus entry={view.entry} />
            {view.withdrawnReason !== null && (
              <span className="hint"> · {t('banks.entry.withdrawnBecause', { reason: view.withdrawnReason })}</span>
            )}
            {view.suspendedReason !== null && (
              <span className="hint"> · {t('banks.entry.suspendedBecause', { reason: view.suspendedReason })}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('banks.signals')}</dt>
          <dd>
            <SignalList signals={view.entry.signals} />
          </dd>
        </div>
        <div>
          <dt>{t('banks.labels.ageBand')}</dt>
          <dd>{labels.ageBand === null ? none : labelOf('ageBand', labels.ageBand, t)}</dd>
        </div>
        <div>
          <dt>{t('banks.labels.activity')}</dt>
          <dd>{labels.activity === null ? none : labelOf('activity', labels.activity, t)}</dd>
        </div>
        <div>
          <dt>{t('banks.labels.origin')}</dt>
          <dd>{labels.origin === null ? none : t(`banks.origin.${labels.origin}`)}</dd>
        </div>
        <div>
          <dt>{t('banks.labels.victim')}</dt>
          <dd>
            {labels.victimIdentified === null
              ? none
              : t(labels.victimIdentified ? 'banks.labels.victimYes' : 'banks.labels.victimNo')}
          </dd>
        </div>
        <div>
          <dt>{t('banks.entry.uses')}</dt>
          <dd>
            {view.uses.length === 0 ? t('banks.entry.noUses') : view.uses.map((u) => t(`banks.use.${u}`)).join(', ')}
          </dd>
        </div>
      </dl>
      <h2>{t('banks.entry.categories')}</h2>
      <p className="hint">{t('banks.entry.categoriesHint')}</p>
      {categories.length === 0 ? (
        <p>{t('banks.entry.noCategories')}</p>
      ) : (
        <dl className="facts">
          {categories.map(([scheme, category]) => (
            <div key={scheme}>
              <dt>{schemeName(scheme, t)}</dt>
              <dd>
                <code>{category}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

const schemes = ['ca_criminal_code', 'uk_abc', 'industry_a1b2', 'interpol_baseline'] as const;
function schemeName(scheme: string, t: ReturnType<typeof useT>): string {
  return (schemes as readonly string[]).includes(scheme)
    ? t(`banks.scheme.${scheme as (typeof schemes)[number]}`)
    : scheme;
}

function ChangeDialog(props: {
  kind: 'withdraw' | 'restore';
  id: number;
  onClose: () => void;
  onDone: (status: Problem) => void;
}) {
  const t = useT();
  const change = useChangeEntry();
  const { kind, id } = props;
  return (
    <ReasonDialog
      title={t(kind === 'withdraw' ? 'banks.entry.withdrawTitle' : 'banks.entry.restoreTitle')}
      explain={t(kind === 'withdraw' ? 'banks.entry.withdrawExplain' : 'banks.entry.restoreExplain')}
      confirmLabel={t(kind === 'withdraw' ? 'banks.entry.withdraw' : 'banks.entry.restore')}
      danger={kind === 'withdraw'}
      busy={change.isPending}
      error={change.error}
      onConfirm={(reason) =>
        change.mutate(
          { kind, id, reason },
          {
            onSuccess: () => {
              props.onDone({
                id: kind === 'withdraw' ? 'banks.entry.withdrawn' : 'banks.entry.restored',
                values: { id: String(id) },
              });
              props.onClose();
            },
          },
        )
      }
      onClose={props.onClose}
    />
  );
}
