import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Role, Session } from '../api.ts';
import { useT } from '../i18n/locale.tsx';
import { RequireSession } from './require-session.tsx';

/** A screen for some roles only: others are told so (the server would refuse them anyway). */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (session: Session) => ReactNode;
}) {
  const t = useT();
  return (
    <RequireSession>
      {(session) =>
        roles.includes(session.user.role) ? (
          children(session)
        ) : (
          <section className="panel panel-narrow">
            <h1>{t('ops.forbiddenTitle')}</h1>
            <p>{t('ops.forbidden')}</p>
            <p>
              <Link to="/">{t('notFound.home')}</Link>
            </p>
          </section>
        )
      }
    </RequireSession>
  );
}
