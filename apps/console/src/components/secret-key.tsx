import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { MessageId } from '../i18n/catalogue.ts';
import { useT } from '../i18n/locale.tsx';
import { groupSecret } from '../format.ts';

/** The TOTP secret, grouped for reading, with a copy button that copies it ungrouped. */
export function SecretKey({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const keyRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState<MessageId | null>(null);
  const t = useT();

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret.replace(/\s+/g, ''));
      setStatus('enrol.copied');
    } catch {
      // The clipboard API needs a secure context; selecting the text still lets the user copy.
      const node = keyRef.current;
      if (node !== null) window.getSelection()?.selectAllChildren(node);
      setStatus('enrol.copyFailed');
    }
  }

  return (
    <div className="secret">
      <p className="secret-label">{t('enrol.secret')}</p>
      <code ref={keyRef} className="secret-value">
        {groupSecret(secret)}
      </code>
      <div className="actions actions-tight">
        <Button className="button button-secondary" onPress={() => void copy()}>
          {t('enrol.copySecret')}
        </Button>
      </div>
      <p className="status" role="status">
        {status === null ? '' : t(status)}
      </p>
      <details className="setup-uri">
        <summary>{t('enrol.setupUri')}</summary>
        <code className="uri">{otpauthUrl}</code>
      </details>
    </div>
  );
}
