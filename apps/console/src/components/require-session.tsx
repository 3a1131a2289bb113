import { Navigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { Session } from '../api.ts';
import { describeError } from '../error-message.ts';
import { useT } from '../i18n/locale.tsx';
import { useSession } from '../session.ts';

/** Renders its screen for a signed-in user; sends anyone else to the sign-in screen. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const session = useSession();
  const t = useT();
  if (session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (session.isError)
    return (
      <section className="panel panel-narrow">
        <div className="error-summary" role="alert">
          <p>{describeError(session.error, t)}</p>
        </div>
        <Button className="button button-secondary" onPress={() => void session.refetch()}>
          {t('app.tryAgain')}
        </Button>
      </section>
    );
  if (session.data === null) return <Navigate to="/login" replace />;
  return <>{children(session.data)}</>;
}
