import { useT } from '../../i18n/locale.tsx';

const known = ['pdq', 'md5', 'sha256', 'sha1', 'vpdq'] as const;

/** An entry's fingerprints as text ("PDQ 3f0a…"); a vPDQ by its number of frames, as the server gives it. */
export function SignalList({ signals }: { signals: Record<string, string> }) {
  const t = useT();
  const entries = Object.entries(signals);
  if (entries.length === 0) return <span className="hint">{t('banks.noSignals')}</span>;
  return (
    <ul className="plain-list signal-list">
      {entries.map(([type, value]) => (
        <li key={type}>
          <span className="signal-type">
            {(known as readonly string[]).includes(type) ? t(`banks.signal.${type as (typeof known)[number]}`) : type}
          </span>{' '}
          <code className="hash">{value}</code>
        </li>
      ))}
    </ul>
  );
}
