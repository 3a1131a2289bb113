import { useMemo, useState } from 'react';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { HostingLookup } from './hosting-lookup.tsx';
import { ProviderForm } from './provider-form.tsx';
import { providerChannels, type Channel } from './provider-names.ts';
import { useProviders, useRemoveProvider, type Provider } from './providers.queries.ts';

// Who reads and who changes the directory, as hosting.routes.ts lets them (administrators always may).
export const providerReaders: readonly Role[] = ['analyst', 'supervisor', 'verifier', 'administrator'];
const providerEditors: readonly Role[] = ['supervisor', 'administrator'];

export function ProvidersScreen() {
  return (
    <RequireRole roles={providerReaders}>
      {(session) => <Providers canEdit={providerEditors.includes(session.user.role)} />}
    </RequireRole>
  );
}

/** What a name, contact, domain, network or ASN search matches (case-insensitive). */
export function matchesSearch(p: Provider, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  const haystack = [p.name, ...p.contacts, ...p.domains, ...p.networks, ...p.asns.map((a) => `as${a}`), p.notes];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

function Providers({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const providers = useProviders();
  const [search, setSearch] = useState('');
  const [channel, setChannel] = useState<'all' | Channel>('all');
  const [editing, setEditing] = useState<Provider | null>(null);
  const [removing, setRemoving] = useState<Provider | null>(null);
  const shown = (providers.data ?? [])
    .filter((p) => (channel === 'all' || p.channel === channel) && matchesSearch(p, search))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ScreenFrame title={t('providers.title')} intro={t('providers.intro')}>
      <h2>{t('providers.directoryTitle')}</h2>
      <div className="form-row">
        <Field label={t('providers.search')} hint={t('providers.searchHint')} value={search} onChange={setSearch} />
        <SelectField
          label={t('providers.showChannel')}
          options={[
            { id: 'all' as const, label: t('providers.allChannels') },
            ...providerChannels.map((id) => ({ id, label: t(`providers.channel.${id}`) })),
          ]}
          value={channel}
          onChange={setChannel}
        />
      </div>
      {providers.isPending && <p role="status">{t('app.loading')}</p>}
      {providers.isError && <p role="alert">{describeError(providers.error, t)}</p>}
      {providers.data !== undefined && (
        <Table aria-label={t('providers.directoryTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('providers.field.name')}</Column>
            <Column>{t('providers.field.contacts')}</Column>
            <Column>{t('providers.notices')}</Column>
            <Column>{t('providers.hosts')}</Column>
            <Column>{t('providers.field.notes')}</Column>
            <Column>{t('providers.actions')}</Column>
          </TableHeader>
          <TableBody
            items={shown}
            renderEmptyState={() => (providers.data.length === 0 ? t('providers.empty') : t('providers.noMatch'))}
          >
            {(provider) => (
              <Row id={provider.id}>
                <ProviderCells provider={provider} canEdit={canEdit} onEdit={setEditing} onRemove={setRemoving} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      {canEdit ? (
        <ProviderForm key={editing?.id ?? 'new'} provider={editing} onDone={() => setEditing(null)} />
      ) : (
        <p className="hint">{t('providers.readOnly')}</p>
      )}
      <RemoveDialog provider={removing} onClose={() => setRemoving(null)} />
      <HostingLookup providers={providers.data ?? []} />
    </ScreenFrame>
  );
}

function ProviderCells(props: {
  provider: Provider;
  canEdit: boolean;
  onEdit: (p: Provider) => void;
  onRemove: (p: Provider) => void;
}) {
  const { provider: p } = props;
  const t = useT();
  const hosts = [...p.domains, ...p.networks, ...p.asns.map((a) => `AS${a}`)];
  const webhook =
    p.channel === 'webhook'
      ? ` · ${p.webhookUrl ?? '—'} · ${p.hasWebhookSecret ? t('providers.secretSet') : t('providers.noSecret')}`
      : '';
  return (
    <>
      <Cell>{p.name}</Cell>
      <Cell>{p.contacts.join(', ') || t('providers.none')}</Cell>
      <Cell>
        {t(`providers.channel.${p.channel}`)}
        <span className="hint">
          {' '}
          · {t(`providers.batching.${p.batching}`)} ·{' '}
          {p.language === null ? t('providers.anyLanguage') : t('providers.lookup.inLanguage', { code: p.language })}
          {webhook}
        </span>
      </Cell>
      <Cell>{hosts.join(', ') || t('providers.none')}</Cell>
      <Cell>{p.notes}</Cell>
      <Cell>
        {props.canEdit && (
          <div className="actions actions-tight">
            <Button
              className="button button-secondary button-small"
              aria-label={t('providers.editFor', { name: p.name })}
              onPress={() => props.onEdit(p)}
            >
              {t('providers.edit')}
            </Button>
            <Button
              className="button button-secondary button-small"
              aria-label={t('providers.removeFor', { name: p.name })}
              onPress={() => props.onRemove(p)}
            >
              {t('providers.remove')}
            </Button>
          </div>
        )}
      </Cell>
    </>
  );
}

function RemoveDialog({ provider, onClose }: { provider: Provider | null; onClose: () => void }) {
  const t = useT();
  const remove = useRemoveProvider();
  const problem = useMemo(() => (remove.error === null ? null : { error: remove.error }), [remove.error]);
  return (
    <ConfirmDialog
      isOpen={provider !== null}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={t('providers.removeTitle')}
      confirmLabel={t('providers.remove')}
      busy={remove.isPending}
      danger
      onConfirm={() => provider !== null && remove.mutate(provider.id, { onSuccess: onClose })}
    >
      <ErrorSummary problem={problem} />
      <p>{t('providers.removeText', { name: provider?.name ?? '' })}</p>
    </ConfirmDialog>
  );
}
