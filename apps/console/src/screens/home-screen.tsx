import { useState } from 'react';
import type { Session } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { describeError } from '../error-message.ts';
import { messages as m } from '../messages.ts';

interface Props {
  session: Session;
  onSignOut: () => Promise<void>;
}

export function HomeScreen({ session, onSignOut }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSignOut();
    } catch (cause) {
      setError(describeError(cause, m));
      setBusy(false);
    }
  }

  return (
    <section className="panel panel-wide">
      <PageHeading title={m.homeTitle} />
      <ErrorSummary message={error} />
      <div className="signed-in">
        <p>{m.signedInAs(session.user.email, m.roles[session.user.role] ?? session.user.role)}</p>
        <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void signOut()}>
          {busy ? m.signingOut : m.signOut}
        </button>
      </div>
      <h2>{m.areasTitle}</h2>
      <p className="intro">{m.areasIntro}</p>
      <ul className="areas">
        {m.areas.map((area) => (
          <li key={area} className="area" aria-disabled="true">
            <span className="area-name">{area}</span>
            <span className="tag">{m.areaUnavailable}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
