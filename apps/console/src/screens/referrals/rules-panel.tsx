import { useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { describeError } from '../../error-message.ts';
import { useT, type Translate } from '../../i18n/locale.tsx';
import type { MessageId } from '../../i18n/catalogue.ts';
import { RuleForm } from './rule-form.tsx';
import { useDeleteRule, useRecipients, useRules, type Rule } from './referrals.queries.ts';

/** "any" for an empty list (the rule does not narrow on it), else the named members. */
function listOf(values: readonly string[], prefix: string, t: Translate, empty: MessageId): string {
  if (values.length === 0) return t(empty);
  return values.map((v) => t(`${prefix}.${v}` as MessageId)).join(', ');
}

export function RulesPanel({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const rules = useRules();
  const [editing, setEditing] = useState<Rule | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  return (
    <>
      <h2>{t('referrals.rulesTitle')}</h2>
      <p className="intro">{t('referrals.rulesIntro')}</p>
      {rules.isPending && <p role="status">{t('app.loading')}</p>}
      {rules.isError && <p role="alert">{describeError(rules.error, t)}</p>}
      {rules.data !== undefined && (
        <Table aria-label={t('referrals.rulesTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('referrals.rule.name')}</Column>
            <Column>{t('referrals.rule.classes')}</Column>
            <Column>{t('referrals.rule.reportTypes')}</Column>
            <Column>{t('referrals.rule.neverAutomatic')}</Column>
            <Column>{t('referrals.rule.recipients')}</Column>
            <Column>{t('referrals.actions')}</Column>
          </TableHeader>
          <TableBody items={rules.data} renderEmptyState={() => t('referrals.noRules')}>
            {(rule) => (
              <Row id={rule.id}>
                <RuleCells rule={rule} canEdit={canEdit} onEdit={setEditing} onDelete={setDeleting} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {canEdit && <RuleForm key={editing?.id ?? 'new'} rule={editing} onDone={() => setEditing(null)} />}
      {deleting !== null && <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function RuleCells(props: {
  rule: Rule;
  canEdit: boolean;
  onEdit: (rule: Rule) => void;
  onDelete: (rule: Rule) => void;
}) {
  const { rule } = props;
  const t = useT();
  const recipients = useRecipients();
  const named = rule.recipientIds.map((id) => recipients.data?.find((r) => r.id === id)?.name ?? id);
  const classes = [
    listOf(rule.ageBands, 'referrals.ageBand', t, 'referrals.anyAge'),
    listOf(rule.activities, 'referrals.activity', t, 'referrals.anyActivity'),
  ].join(' · ');
  return (
    <>
      <Cell>
        {rule.name}
        {!rule.enabled && <span className="tag tag-disabled"> · {t('referrals.rule.disabled')}</span>}
      </Cell>
      <Cell>{classes}</Cell>
      <Cell>{listOf(rule.reportTypes, 'referrals.reportType', t, 'referrals.anyType')}</Cell>
      <Cell>{listOf(rule.excludedReportTypes, 'referrals.reportType', t, 'referrals.noneExcluded')}</Cell>
      <Cell>{[...rule.recipientKinds.map((k) => t(`referrals.kind.${k}`)), ...named].join(', ') || '—'}</Cell>
      <Cell>
        {props.canEdit && (
          <div className="row-actions">
            <Button
              className="button button-secondary button-small"
              aria-label={t('referrals.editFor', { name: rule.name })}
              onPress={() => props.onEdit(rule)}
            >
              {t('referrals.edit')}
            </Button>
            <Button
              className="button button-danger button-small"
              aria-label={t('referrals.deleteFor', { name: rule.name })}
              onPress={() => props.onDelete(rule)}
            >
              {t('referrals.delete')}
            </Button>
          </div>
        )}
      </Cell>
    </>
  );
}

function DeleteRuleDialog({ rule, onClose }: { rule: Rule; onClose: () => void }) {
  const t = useT();
  const remove = useDeleteRule();
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('referrals.deleteRuleTitle')}
      confirmLabel={t('referrals.delete')}
      danger
      busy={remove.isPending}
      onConfirm={() => remove.isPending || remove.mutate(rule.id, { onSuccess: onClose })}
    >
      <p>{t('referrals.deleteRuleExplain', { name: rule.name })}</p>
      {remove.error !== null && (
        <p className="field-error" role="alert">
          {describeError(remove.error, t)}
        </p>
      )}
    </ConfirmDialog>
  );
}
