import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Cell,
  Checkbox,
  CheckboxGroup,
  Column,
  FieldError,
  Label,
  Row,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { apiScopes, organisationKinds, type ApiScope, type OrganisationKind } from '@vigie/contract/access-names';
import { ChangeHistory } from '../../components/change-history.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { OneTimeSecret } from '../../components/one-time-secret.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useApiKeyHistory, useApiKeys, useCreateApiKey, useRevokeApiKey } from './api-keys.queries.ts';

type ApiKey = {
  id: string;
  organisation: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
};
type Shown = { organisation: string; key: string };

export function ApiKeysScreen() {
  return <RequireRole roles={['administrator']}>{() => <ApiKeys />}</RequireRole>;
}

function ApiKeys() {
  const t = useT();
  const keys = useApiKeys();
  const history = useApiKeyHistory();
  const [shown, setShown] = useState<Shown | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const nameOf = (id: string | null) => {
    const key = keys.data?.find((k) => k.id === id);
    return key === undefined ? (id ?? '') : `${key.organisation} (${key.prefix}…)`;
  };

  return (
    <ScreenFrame title={t('apiKeys.title')} intro={t('apiKeys.intro')}>
      <CreateKeyForm onCreated={setShown} />
      {shown !== null && (
        <OneTimeSecret
          label={t('apiKeys.keyFor', { organisation: shown.organisation })}
          note={t('apiKeys.keyNote')}
          value={shown.key}
        />
      )}
      <h2>{t('apiKeys.listTitle')}</h2>
      {keys.isPending && <p role="status">{t('app.loading')}</p>}
      {keys.isError && <p role="alert">{describeError(keys.error, t)}</p>}
      {keys.data !== undefined && (
        <Table aria-label={t('apiKeys.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('apiKeys.organisation')}</Column>
            <Column>{t('apiKeys.prefix')}</Column>
            <Column>{t('apiKeys.scopes')}</Column>
            <Column>{t('apiKeys.created')}</Column>
            <Column>{t('apiKeys.state')}</Column>
          </TableHeader>
          <TableBody items={keys.data} renderEmptyState={() => t('apiKeys.none')}>
            {(key) => (
              <Row id={key.id}>
                <KeyCells apiKey={key} onRevoke={setRevoking} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <h2>{t('apiKeys.historyTitle')}</h2>
      {history.isError && <p role="alert">{describeError(history.error, t)}</p>}
      {history.data !== undefined && (
        <ChangeHistory
          label={t('apiKeys.historyTitle')}
          events={history.data.events}
          subjectOf={(event) => nameOf(event.subjectId)}
        />
      )}
      {revoking !== null && <RevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </ScreenFrame>
  );
}

/** A key's cells: a component, so that a language switch re-renders them. */
function KeyCells({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: (key: ApiKey) => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>{apiKey.organisation}</Cell>
      <Cell>
        <code>{apiKey.prefix}…</code>
      </Cell>
      <Cell>{apiKey.scopes.join(', ')}</Cell>
      <Cell>
        <time dateTime={apiKey.createdAt}>{formatTime(apiKey.createdAt)}</time>
      </Cell>
      <Cell>
        {apiKey.revokedAt === null ? (
          <div className="row-actions">
            <span className="tag tag-active">{t('apiKeys.active')}</span>
            <Button
              className="button button-danger button-small"
              aria-label={t('apiKeys.revokeFor', { organisation: apiKey.organisation, prefix: apiKey.prefix })}
              onPress={() => onRevoke(apiKey)}
            >
              {t('apiKeys.revoke')}
            </Button>
          </div>
        ) : (
          <span className="tag tag-revoked">{t('apiKeys.revokedAt', { when: formatTime(apiKey.revokedAt) })}</span>
        )}
      </Cell>
    </>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (shown: Shown) => void }) {
  const t = useT();
  const create = useCreateApiKey();
  const [organisation, setOrganisation] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('hosting_provider');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [problems, setProblems] = useState<{ organisation?: Problem; scopes?: Problem }>({});
  const organisationRef = useRef<HTMLInputElement>(null);
  const problem = create.error === null ? null : { error: create.error };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    const next = {
      ...(organisation.trim() === '' ? { organisation: { id: 'apiKeys.organisationRequired' } as Problem } : {}),
      ...(scopes.length === 0 ? { scopes: { id: 'apiKeys.scopesRequired' } as Problem } : {}),
    };
    setProblems(next);
    if (next.organisation !== undefined) return organisationRef.current?.focus();
    if (next.scopes !== undefined) return;
    create.mutate(
      { organisation: organisation.trim(), kind, scopes },
      {
        onSuccess: (created) => {
          onCreated({ organisation: organisation.trim(), key: created.key });
          setOrganisation('');
          setScopes([]);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="create-key-title">
      <h2 id="create-key-title">{t('apiKeys.createTitle')}</h2>
      <ErrorSummary problem={problem} />
      <div className="form-row">
        <Field
          label={t('apiKeys.organisation')}
          hint={t('apiKeys.organisationHint')}
          name="organisation"
          value={organisation}
          onChange={setOrganisation}
          error={describeProblem(problems.organisation, t)}
          inputRef={organisationRef}
          isRequired
        />
        <SelectField
          label={t('apiKeys.kind')}
          value={kind}
          onChange={setKind}
          options={organisationKinds.map((k) => ({ id: k, label: t(`apiKeys.kind.${k}`) }))}
        />
      </div>
      <CheckboxGroup
        className={problems.scopes === undefined ? 'checkbox-group' : 'checkbox-group field-invalid'}
        value={scopes}
        onChange={(value) => setScopes(value as ApiScope[])}
        isInvalid={problems.scopes !== undefined}
        validationBehavior="aria"
        isRequired
      >
        <Label className="label">{t('apiKeys.scopes')}</Label>
        <FieldError className="field-error">{describeProblem(problems.scopes, t)}</FieldError>
        <div className="checkboxes">
          {apiScopes.map((scope) => (
            <Checkbox key={scope} value={scope} className="checkbox">
              {({ isSelected }) => (
                <>
                  <span className="checkbox-box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  <code>{scope}</code>
                </>
              )}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={create.isPending}>
          {create.isPending ? t('apiKeys.creating') : t('apiKeys.create')}
        </button>
      </div>
    </form>
  );
}

function RevokeDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const t = useT();
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      isOpen
      onClose={onClose}
      title={t('apiKeys.revokeTitle', { organisation: apiKey.organisation, prefix: apiKey.prefix })}
      confirmLabel={t('apiKeys.revoke')}
      danger
      busy={revoke.isPending}
      onConfirm={() => revoke.isPending || revoke.mutate(apiKey.id, { onSuccess: onClose })}
    >
      <p>{t('apiKeys.revokeExplain')}</p>
      {revoke.error !== null && (
        <p className="field-error" role="alert">
          {describeError(revoke.error, t)}
        </p>
      )}
    </ConfirmDialog>
  );
}
