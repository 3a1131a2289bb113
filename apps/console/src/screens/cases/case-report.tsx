import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormatTime } from '../../format-time.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { caseSupervisors, caseWorkers } from './case-labels.tsx';
import { useViewContact, type CaseContact, type CasePage } from './cases.queries.ts';

type Facts = Record<string, string | boolean | readonly string[] | undefined>;

/** A part of the report (incident, suspect, victim) as the fields the reporter filled in. */
function FactList({ title, facts }: { title: string; facts: Facts }) {
  const t = useT();
  const given = Object.entries(facts).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  const show = (v: Facts[string]) =>
    typeof v === 'boolean' ? t(v ? 'case.yes' : 'case.no') : Array.isArray(v) ? v.join(', ') : String(v);
  return (
    <div>
      <h4>{title}</h4>
      {given.length === 0 ? (
        <p className="hint">{t('case.nothingGiven')}</p>
      ) : (
        <dl className="facts">
          {given.map(([key, value]) => (
            <div key={key} className="fact">
              <dt>{t(`case.field.${key}` as MessageId)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function CaseReport({ page, role }: { page: CasePage; role: Role }) {
  const t = useT();
  const formatTime = useFormatTime();
  const { report } = page;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('case.reportTitle')}</h2>
      <dl className="facts">
        <dt>{t('cases.source')}</dt>
        <dd>{t(`cases.source.${report.source}` as MessageId)}</dd>
        <dt>{t('cases.received')}</dt>
        <dd>
          <time dateTime={report.receivedAt}>{formatTime(report.receivedAt)}</time>
        </dd>
        <dt>{t('cases.type')}</dt>
        <dd>{t(`cases.type.${report.type}` as MessageId)}</dd>
        <dt>{t('case.language')}</dt>
        <dd>{report.language}</dd>
        <dt>{t('cases.region')}</dt>
        <dd>{[report.region, report.country].filter((v) => v !== null).join(' · ') || '—'}</dd>
      </dl>
      <h3>{t('case.description')}</h3>
      {report.description === '' ? (
        <p className="hint">{t('case.noDescription')}</p>
      ) : (
        <p className="report-text" lang={report.language}>
          {report.description}
        </p>
      )}
      <h3>{t('case.urlsTitle')}</h3>
      {report.urls.length === 0 ? (
        <p className="hint">{t('cases.urls', { count: 0 })}</p>
      ) : (
        <ul className="url-list">
          {report.urls.map((url) => (
            <li key={url.id}>
              <code className="hash">{url.url}</code>{' '}
              <span className="hint">{t('case.captureState', { state: url.captureState })}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="report-parts">
        <FactList title={t('case.incident')} facts={report.incident} />
        <FactList title={t('case.suspect')} facts={report.suspect} />
        <FactList title={t('case.victim')} facts={report.victim} />
      </div>
      {report.followUps.length > 0 && (
        <>
          <h3>{t('case.followUps')}</h3>
          <ul>
            {report.followUps.map((followUp) => (
              <li key={followUp.receivedAt}>
                <time dateTime={followUp.receivedAt}>{formatTime(followUp.receivedAt)}</time>:{' '}
                <span lang={report.language}>{followUp.information}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ContactDetails page={page} role={role} />
    </section>
  );
}

/** Hidden until asked for; each ask is a call the server audits before it answers. */
function ContactDetails({ page, role }: { page: CasePage; role: Role }) {
  const t = useT();
  const view = useViewContact();
  const [shown, setShown] = useState<CaseContact | null>(null);
  const problem = view.error === null ? null : { error: view.error };
  const supervising = (caseSupervisors as readonly Role[]).includes(role);
  const allowed = supervising || ((caseWorkers as readonly Role[]).includes(role) && page.case.claim?.isMine === true);
  return (
    <section aria-labelledby="contact-title">
      <h3 id="contact-title">{t('case.contactTitle')}</h3>
      {!page.report.hasContact ? (
        <p>{t('case.contactNone')}</p>
      ) : shown === null ? (
        <>
          <p className="hint">{t('case.contactHidden')}</p>
          <ErrorSummary problem={problem} />
          {allowed && (
            <Button
              className="button button-secondary"
              isPending={view.isPending}
              onPress={() => view.mutate(page.case.reportId, { onSuccess: setShown })}
            >
              {t('case.contactShow')}
            </Button>
          )}
          {!allowed && (caseWorkers as readonly Role[]).includes(role) && (
            <p className="hint">{t('case.claimFirst')}</p>
          )}
        </>
      ) : shown.contact === null ? (
        <p>{shown.erased ? t('case.contactErased') : t('case.contactNone')}</p>
      ) : (
        <dl className="facts" aria-live="polite">
          {(['name', 'email', 'phone'] as const)
            .filter((key) => shown.contact?.[key] !== undefined)
            .map((key) => (
              <div key={key} className="fact">
                <dt>{t(`case.contact${key[0]!.toUpperCase()}${key.slice(1)}` as MessageId)}</dt>
                <dd>{shown.contact?.[key]}</dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
