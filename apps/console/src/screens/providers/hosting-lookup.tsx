import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import type { Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { useHostingLookup, type HostingContact, type HostingTarget, type Provider } from './providers.queries.ts';

/**
 * Who the server says hosts a URL (and the page it was found on): its addresses, network and
 * country from the offline IP data, and the contacts a notice would go to, from the directory or
 * RDAP. The lookup is the server's: the browser only asks it.
 */
export function HostingLookup({ providers }: { providers: readonly Provider[] }) {
  const t = useT();
  const lookup = useHostingLookup();
  const [url, setUrl] = useState('');
  const [pageUrl, setPageUrl] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (lookup.isPending) return;
    if (url.trim() === '') return setProblem({ id: 'providers.lookup.urlMissing' });
    setProblem(null);
    lookup.mutate(
      { url: url.trim(), ...(pageUrl.trim() === '' ? {} : { pageUrl: pageUrl.trim() }) },
      { onError: (error) => setProblem({ error }) },
    );
  }

  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t('providers.lookup.title')}</h2>
      <p className="intro">{t('providers.lookup.intro')}</p>
      <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="lookup-title">
        <ErrorSummary problem={problem} />
        <div className="form-row">
          <Field label={t('providers.lookup.url')} hint={t('providers.lookup.urlHint')} value={url} onChange={setUrl} />
          <Field
            label={t('providers.lookup.pageUrl')}
            hint={t('providers.lookup.pageUrlHint')}
            value={pageUrl}
            onChange={setPageUrl}
          />
        </div>
        <div className="actions actions-tight">
          <button type="submit" className="button button-primary" aria-disabled={lookup.isPending}>
            {lookup.isPending ? t('providers.lookup.looking') : t('providers.lookup.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {lookup.data?.map((target, index) => (
          <TargetFacts key={`${index}-${target.url}`} target={target} providers={providers} />
        ))}
      </div>
    </section>
  );
}

function TargetFacts({ target, providers }: { target: HostingTarget; providers: readonly Provider[] }) {
  const t = useT();
  const none = t('providers.none');
  return (
    <article className="inline-form" aria-label={target.url}>
      <h3>
        <code>{target.url}</code>
      </h3>
      <p>
        <span className="tag">{t(`providers.relationship.${target.relationship}`)}</span>{' '}
        {target.cdn !== null && t('providers.lookup.cdn', { name: target.cdn })}{' '}
        {target.complete ? '' : <span className="tag tag-disabled">{t('providers.lookup.incomplete')}</span>}
      </p>
      <dl className="facts">
        <dt>{t('providers.lookup.host')}</dt>
        <dd>
          <code>{target.host}</code>
          {target.registrableDomain !== null && target.registrableDomain !== target.host && (
            <span className="hint"> · {target.registrableDomain}</span>
          )}
        </dd>
        <dt>{t('providers.lookup.addresses')}</dt>
        <dd>
          {target.addresses.length === 0
            ? none
            : target.addresses
                .map((a) =>
                  [a.address, a.asn === null ? null : `AS${a.asn}`, a.holder, a.country].filter(Boolean).join(' · '),
                )
                .join('; ')}
        </dd>
        <dt>{t('providers.lookup.network')}</dt>
        <dd>
          {[target.asn === null ? null : `AS${target.asn}`, target.holder, target.country]
            .filter(Boolean)
            .join(' · ') || none}
        </dd>
        <dt>{t('providers.lookup.recipient')}</dt>
        <dd>
          {target.recipient === null ? (
            t('providers.lookup.noRecipient')
          ) : (
            <ContactLine contact={target.recipient} providers={providers} />
          )}
        </dd>
        <dt>{t('providers.lookup.escalation')}</dt>
        <dd>
          {target.escalation.length === 0 ? (
            none
          ) : (
            <ul>
              {target.escalation.map((c, i) => (
                <li key={i}>
                  <ContactLine contact={c} providers={providers} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {target.refused.length > 0 && (
          <>
            <dt>{t('providers.lookup.refused')}</dt>
            <dd>
              <ul>
                {target.refused.map((r, i) => (
                  <li key={i}>
                    <code>{r.email ?? r.handle ?? '—'}</code> <span className="hint">· {r.detail}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {target.problems.length > 0 && (
          <>
            <dt>{t('providers.lookup.problems')}</dt>
            <dd>{target.problems.join('; ')}</dd>
          </>
        )}
      </dl>
    </article>
  );
}

function ContactLine({ contact, providers }: { contact: HostingContact; providers: readonly Provider[] }) {
  const t = useT();
  const provider = providers.find((p) => p.id === contact.providerId);
  const language = contact.language === null ? null : t('providers.lookup.inLanguage', { code: contact.language });
  return (
    <>
      {contact.emails.join(', ') || t('providers.none')}{' '}
      <span className="hint">
        · {t(`providers.source.${contact.source}`)}
        {provider !== undefined && ` (${provider.name})`}
        {contact.name !== null && provider === undefined && ` (${contact.name})`} ·{' '}
        {t(`providers.channel.${contact.channel}`)}
        {language !== null && ` · ${language}`}
      </span>
    </>
  );
}
