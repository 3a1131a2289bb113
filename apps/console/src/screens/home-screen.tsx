import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ApiError } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { RequireSession } from '../components/require-session.tsx';
import type { MessageId } from '../i18n/catalogue.ts';
import { useT } from '../i18n/locale.tsx';
import { useApi, useSetSession } from '../session.ts';

const areas: MessageId[] = [
  'home.area.reports',
  'home.area.hashbank',
  'home.area.crawler',
  'home.area.notices',
  'home.area.blocklist',
  'home.area.statistics',
];

export function HomeScreen() {
  return <RequireSession>{(session) => <Home email={session.user.email} role={session.user.role} />}</RequireSession>;
}

function Home({ email, role }: { email: string; role: 'administrator' | 'supervisor' | 'analyst' | 'verifier' }) {
  const t = useT();
  const api = useApi();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: async () => {
      try {
        await api.logout();
      } catch (error) {
        // A session that already ended is as good as a sign-out.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      setSession(null);
      void navigate({ to: '/login' });
    },
  });

  const problem = useMemo(() => (signOut.error === null ? null : { error: signOut.error }), [signOut.error]);
  return (
    <section className="panel panel-wide">
      <PageHeading title={t('home.title')} />
      <ErrorSummary problem={problem} />
      <div className="signed-in">
        <p>{t('home.signedInAs', { email, role: t(`role.${role}`) })}</p>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={signOut.isPending}
          onClick={() => signOut.isPending || signOut.mutate()}
        >
          {signOut.isPending ? t('home.signingOut') : t('home.signOut')}
        </button>
      </div>
      <h2>{t('home.areasTitle')}</h2>
      <p className="intro">{t('home.areasIntro')}</p>
      <ul className="areas">
        {areas.map((area) => (
          <li key={area} className="area" aria-disabled="true">
            <span className="area-name">{t(area)}</span>
            <span className="tag">{t('home.areaUnavailable')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
