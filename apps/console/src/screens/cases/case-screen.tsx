import { Link, useParams } from '@tanstack/react-router';
import type { Session } from '../../api.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { CaseActions } from './case-actions.tsx';
import { CaseCaptures } from './case-captures.tsx';
import { CaseDecisions, CaseHistory } from './case-history.tsx';
import { caseReaders, CaseType, PriorityTags, StateTag } from './case-labels.tsx';
import { CaseMedia, RelatedReports } from './case-media.tsx';
import { CaseReport } from './case-report.tsx';
import { ClaimHolder } from './cases-screen.tsx';
import { useCasePage } from './cases.queries.ts';

export function CaseScreen() {
  return <RequireRole roles={caseReaders}>{(session) => <Case session={session} />}</RequireRole>;
}

function Case({ session }: { session: Session }) {
  const t = useT();
  const { reportId } = useParams({ from: '/cases/$reportId' });
  const page = useCasePage(reportId);
  const data = page.data;
  return (
    <section className="panel panel-full">
      <nav aria-label={t('ops.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('home.title')}</Link> › <Link to="/cases">{t('case.queue')}</Link>
      </nav>
      {data === undefined ? (
        <>
          <PageHeading title={t('cases.report')} />
          {page.isPending && <p role="status">{t('app.loading')}</p>}
          {page.isError && <p role="alert">{describeError(page.error, t)}</p>}
        </>
      ) : (
        <>
          <PageHeading title={t('case.title', { number: data.case.reportNumber })} />
          <p className="intro">{t('case.intro')}</p>
          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{t('case.summaryTitle')}</h2>
            <dl className="facts">
              <dt>{t('cases.state')}</dt>
              <dd>
                <StateTag state={data.case.state} />
                {data.case.closeReason !== null && (
                  <span className="hint">
                    {' '}
                    · {t('case.closeReason')} {t(`case.reason.${data.case.closeReason}`)}
                  </span>
                )}
              </dd>
              <dt>{t('cases.priority')}</dt>
              <dd>
                <PriorityTags summary={data.case} />
              </dd>
              <dt>{t('cases.type')}</dt>
              <dd>
                <CaseType summary={data.case} />
              </dd>
              <dt>{t('cases.holder')}</dt>
              <dd>
                <ClaimHolder summary={data.case} />
              </dd>
            </dl>
          </section>
          <CaseActions page={data} role={session.user.role} />
          <CaseReport page={data} role={session.user.role} />
          <CaseCaptures page={data} />
          <CaseMedia page={data} />
          <RelatedReports page={data} />
          <CaseDecisions page={data} />
          <CaseHistory page={data} />
        </>
      )}
    </section>
  );
}
