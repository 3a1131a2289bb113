import { useState, type FormEvent } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { CheckboxField, CheckboxList } from '../../components/checkbox-list.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { useChangeGrant, useGrants, type Grant } from './banks.queries.ts';

const uses = ['victim_identification', 'forensics', 'notice_and_takedown'] as const;
const tiers = ['match_only', 'scheme_category', 'full_labels'] as const;

/** Which organisations match against the bank, for which uses, and how much of each match they see. */
export function GrantsSection({ name }: { name: string }) {
  const t = useT();
  const grants = useGrants(name);
  const change = useChangeGrant(name);
  const [status, setStatus] = useState<Problem | null>(null);
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const revoke = () => {
    if (revoking === null || change.isPending) return;
    change.mutate(
      { kind: 'revoke', organisationId: revoking.organisationId },
      {
        onSuccess: () => {
          setStatus({ id: 'banks.grants.revoked', values: { organisation: revoking.organisation } });
          setRevoking(null);
        },
      },
    );
  };
  return (
    <section aria-labelledby="grants-title">
      <h2 id="grants-title">{t('banks.grants.title')}</h2>
      <p className="intro">{t('banks.grants.intro')}</p>
      <p role="status" className="hint">
        {describeProblem(status, t) ?? ''}
      </p>
      {grants.isPending && <p role="status">{t('app.loading')}</p>}
      {grants.isError && <p role="alert">{describeError(grants.error, t)}</p>}
      {grants.data !== undefined && (
        <>
          <Table aria-label={t('banks.grants.title')} className="table">
            <TableHeader>
              <Column isRowHeader>{t('banks.grants.organisation')}</Column>
              <Column>{t('banks.grants.uses')}</Column>
              <Column>{t('banks.grants.tier')}</Column>
              <Column>{t('banks.grants.curate')}</Column>
              <Column>{t('banks.actions')}</Column>
            </TableHeader>
            <TableBody
              items={grants.data.grants.map((g) => ({ ...g, id: g.organisationId }))}
              renderEmptyState={() => t('banks.grants.none')}
            >
              {(grant) => (
                <Row id={grant.organisationId}>
                  <Cell>{grant.organisation}</Cell>
                  <Cell>{grant.uses.map((u) => t(`banks.use.${u}`)).join(', ')}</Cell>
                  <Cell>{t(`banks.tier.${grant.tier}`)}</Cell>
                  <Cell>{t(grant.curate ? 'banks.grants.curateYes' : 'banks.grants.curateNo')}</Cell>
                  <Cell>
                    <Button
                      className="button button-danger button-small"
                      aria-label={t('banks.grants.revokeFor', { organisation: grant.organisation })}
                      onPress={() => setRevoking(grant)}
                    >
                      {t('banks.grants.revoke')}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          <GrantForm name={name} organisations={grants.data.organisations} onDone={setStatus} />
        </>
      )}
      {revoking !== null && (
        <ConfirmDialog
          isOpen
          onClose={() => setRevoking(null)}
          title={t('banks.grants.revokeTitle')}
          confirmLabel={t('banks.grants.revoke')}
          danger
          busy={change.isPending}
          onConfirm={revoke}
        >
          <p>{t('banks.grants.revokeExplain', { organisation: revoking.organisation, bank: name })}</p>
          {change.error !== null && (
            <p className="field-error" role="alert">
              {describeError(change.error, t)}
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

function GrantForm(props: {
  name: string;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  onDone: (status: Problem) => void;
}) {
  const t = useT();
  const change = useChangeGrant(props.name);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [chosenUses, setUses] = useState<Array<(typeof uses)[number]>>([]);
  const [tier, setTier] = useState<(typeof tiers)[number]>('match_only');
  const [curate, setCurate] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [usesMissing, setUsesMissing] = useState(false);
  const chosen = organisation ?? props.organisations[0]?.id ?? '';
  if (props.organisations.length === 0) return <p className="hint">{t('banks.grants.noOrganisations')}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    if (chosenUses.length === 0) return setUsesMissing(true);
    setUsesMissing(false);
    setProblem(null);
    const named = props.organisations.find((o) => o.id === chosen)?.name ?? chosen;
    change.mutate(
      { kind: 'grant', organisationId: chosen, uses: chosenUses, tier, curate },
      {
        onSuccess: () => props.onDone({ id: 'banks.grants.granted', values: { organisation: named } }),
        onError: (error) => setProblem({ error }),
      },
    );
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="grant-title">
      <h3 id="grant-title">{t('banks.grants.formTitle')}</h3>
      <p className="hint">{t('banks.grants.formHint')}</p>
      <ErrorSummary problem={problem} />
      <div className="form-row">
        <SelectField
          label={t('banks.grants.organisation')}
          options={props.organisations.map((o) => ({ id: o.id, label: o.name }))}
          value={chosen}
          onChange={setOrganisation}
        />
        <SelectField
          label={t('banks.grants.tier')}
          options={tiers.map((id) => ({ id, label: t(`banks.tier.${id}`) }))}
          value={tier}
          onChange={setTier}
        />
      </div>
      <CheckboxList
        label={t('banks.grants.uses')}
        options={uses.map((id) => ({ id, label: t(`banks.use.${id}`) }))}
        value={chosenUses}
        onChange={setUses}
        error={usesMissing ? t('banks.grants.usesMissing') : null}
      />
      <CheckboxField label={t('banks.grants.curateLabel')} value={curate} onChange={setCurate} />
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={change.isPending}>
          {t('banks.grants.submit')}
        </button>
      </div>
    </form>
  );
}
