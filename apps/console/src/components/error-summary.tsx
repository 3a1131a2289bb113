import { useEffect, useRef } from 'react';
import { describeProblem, type Problem } from '../error-message.ts';
import { useT } from '../i18n/locale.tsx';

/**
 * A form-level error, announced and focused when it appears so keyboard users land on it (a
 * language switch re-words it without moving the focus).
 */
export function ErrorSummary({ problem }: { problem: Problem | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    if (problem !== null) ref.current?.focus();
  }, [problem]);
  const message = describeProblem(problem, t);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} hidden={message === null}>
      {message !== null && (
        <>
          <p className="error-summary-title">{t('error.title')}</p>
          <p>{message}</p>
        </>
      )}
    </div>
  );
}
