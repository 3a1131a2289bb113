import { useEffect, useRef } from 'react';
import { messages } from '../messages.ts';

/** A form-level error, announced and focused when it appears so keyboard users land on it. */
export function ErrorSummary({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message !== null) ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} hidden={message === null}>
      {message !== null && (
        <>
          <p className="error-summary-title">{messages.errorTitle}</p>
          <p>{message}</p>
        </>
      )}
    </div>
  );
}
