import { useState } from 'react';
import { Button } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { useAuditVerification } from './audit.queries.ts';

/** The chain's verification and head, for administrators (the server keeps it to them). */
export function AuditVerification() {
  const t = useT();
  const [requested, setRequested] = useState(false);
  const verification = useAuditVerification(requested);
  const result = verification.data;
  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">{t('auditTrail.verifyTitle')}</h2>
      <p className="intro">{t('auditTrail.verifyIntro')}</p>
      <div className="actions actions-tight">
        <Button
          className="button button-secondary"
          isPending={verification.isFetching}
          onPress={() => (requested ? void verification.refetch() : setRequested(true))}
        >
          {verification.isFetching ? t('auditTrail.verifying') : t('auditTrail.verify')}
        </Button>
      </div>
      <div role="status" className="verification-slot">
        {verification.isError && <p className="field-error">{describeError(verification.error, t)}</p>}
        {result !== undefined && !verification.isFetching && (
          <div className={result.ok ? 'verification' : 'verification verification-bad'}>
            <p>
              <strong>
                {result.ok
                  ? t('auditTrail.intact', { count: result.checked })
                  : t('auditTrail.broken', { count: result.checked, seq: result.firstBadSeq ?? 0 })}
              </strong>
            </p>
            {!result.ok && result.reason !== undefined && <p>{result.reason}</p>}
            {result.ok && (
              <p>
                {t('auditTrail.head')} <span className="hash">{result.headHash ?? t('auditTrail.emptyTrail')}</span>
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
