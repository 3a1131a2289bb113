import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { MessageId } from '../i18n/catalogue.ts';
import { useT } from '../i18n/locale.tsx';

/** A link or key the server shows once: announced, selectable, with a copy button. */
export function OneTimeSecret({ label, value, note }: { label: string; value: string; note: string }) {
  const t = useT();
  const [status, setStatus] = useState<MessageId | null>(null);
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('ops.copied');
    } catch {
      setStatus('ops.copyFailed');
    }
  }
  return (
    <div className="one-time" role="status">
      <p className="one-time-label">{label}</p>
      <p className="one-time-note">{note}</p>
      <code className="one-time-value">{value}</code>
      <div className="actions actions-tight">
        <Button className="button button-secondary" onPress={() => void copy()}>
          {t('ops.copy')}
        </Button>
        {status !== null && <span className="hint">{t(status)}</span>}
      </div>
    </div>
  );
}
