import { useRef, useState } from 'react';
import { groupSecret } from '../format.ts';
import { messages as m } from '../messages.ts';

/** The TOTP secret, grouped for reading, with a copy button that copies it ungrouped. */
export function SecretKey({ secret, otpauthUrl }: { secret: string; otpauthUrl: string }) {
  const keyRef = useRef<HTMLElement>(null);
  const [status, setStatus] = useState('');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret.replace(/\s+/g, ''));
      setStatus(m.copied);
    } catch {
      // The clipboard API needs a secure context; selecting the text still lets the user copy.
      const node = keyRef.current;
      if (node !== null) window.getSelection()?.selectAllChildren(node);
      setStatus(m.copyFailed);
    }
  }

  return (
    <div className="secret">
      <p className="secret-label">{m.secretLabel}</p>
      <code ref={keyRef} className="secret-value">
        {groupSecret(secret)}
      </code>
      <div className="actions actions-tight">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {m.copySecret}
        </button>
      </div>
      <p className="status" role="status">
        {status}
      </p>
      <details className="setup-uri">
        <summary>{m.setupUriLabel}</summary>
        <code className="uri">{otpauthUrl}</code>
      </details>
    </div>
  );
}
