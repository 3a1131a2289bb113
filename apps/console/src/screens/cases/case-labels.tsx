import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import type { CaseSummary } from './cases.queries.ts';

/** The roles the server lets read cases, work them, and supervise them (reopen, release others' claims). */
export const caseReaders = ['analyst', 'supervisor', 'verifier', 'administrator'] as const;
export const caseWorkers = ['analyst', 'supervisor', 'administrator'] as const;
export const caseSupervisors = ['supervisor', 'administrator'] as const;

/** The tags that put a case ahead in the queue (the server's priority bands). */
export function PriorityTags({ summary }: { summary: CaseSummary }) {
  const t = useT();
  if (!summary.happeningNow && !summary.hasPersonInfo)
    return <span className="hint">{t('cases.priority.normal')}</span>;
  return (
    <>
      {summary.happeningNow && <span className="tag tag-danger">{t('cases.priority.dangerNow')}</span>}{' '}
      {summary.hasPersonInfo && <span className="tag tag-person">{t('cases.priority.personInfo')}</span>}
    </>
  );
}

/** The case's type, and the reporter's when an analyst corrected it. */
export function CaseType({ summary }: { summary: CaseSummary }) {
  const t = useT();
  return (
    <>
      {t(`cases.type.${summary.type}` as MessageId)}
      {summary.type !== summary.reportedType && (
        <span className="hint">
          {' '}
          ({t('cases.reportedAs', { type: t(`cases.type.${summary.reportedType}` as MessageId) })})
        </span>
      )}
    </>
  );
}

export function StateTag({ state }: { state: CaseSummary['state'] }) {
  const t = useT();
  return <span className={`tag tag-case-${state}`}>{t(`cases.state.${state}`)}</span>;
}
