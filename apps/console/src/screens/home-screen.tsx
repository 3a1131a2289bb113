import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ApiError, type Role } from '../api.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { RequireSession } from '../components/require-session.tsx';
import type { MessageId } from '../i18n/catalogue.ts';
import { useT } from '../i18n/locale.tsx';
import { useApi, useSetSession } from '../session.ts';
import { bankReaders } from './banks/banks.queries.ts';
import { caseReaders } from './cases/case-labels.tsx';
import { crawlerReaders } from './crawler/crawler-screen.tsx';
import { noticeReaders } from './notices/notices-screen.tsx';
import { statisticsReaders } from './statistics/statistics-readers.ts';
import { providerReaders } from './providers/providers-screen.tsx';
import { settingsReaders } from './settings/settings-screen.tsx';

type Screen = {
  to:
    | '/users'
    | '/api-keys'
    | '/alerts'
    | '/audit'
    | '/cases'
    | '/exposure'
    | '/blocklist'
    | '/referrals'
    | '/providers'
    | '/settings'
    | '/review'
    | '/verification'
    | '/disputes'
    | '/statistics'
    | '/templates'
    | '/banks'
    | '/crawler'
    | '/notices';
  name: MessageId;
  roles: readonly Role[];
};

// Media review, for the roles the server lets through (review.routes.ts): the grid's batches and
// verdicts to analysts and supervisors, verification to every reviewer, disputes to supervisors.
const reviewScreens: Screen[] = [
  { to: '/review', name: 'review.title', roles: ['analyst', 'supervisor'] },
  { to: '/verification', name: 'verification.title', roles: ['analyst', 'verifier', 'supervisor'] },
  { to: '/disputes', name: 'disputes.title', roles: ['supervisor'] },
];

// The operations screens, each shown to the roles the server lets through.
const screens: Screen[] = [
  { to: '/users', name: 'users.title', roles: ['administrator'] },
  { to: '/api-keys', name: 'apiKeys.title', roles: ['administrator'] },
  { to: '/alerts', name: 'alerts.title', roles: ['supervisor', 'administrator'] },
  { to: '/audit', name: 'auditTrail.title', roles: ['supervisor', 'administrator'] },
  { to: '/templates', name: 'templates.title', roles: ['supervisor', 'administrator'] },
  { to: '/providers', name: 'providers.title', roles: providerReaders },
  { to: '/settings', name: 'settings.title', roles: settingsReaders },
];

// The hotline's own work, each shown to the roles the server lets through (access matrix).
const workScreens: Screen[] = [
  { to: '/cases', name: 'home.area.reports', roles: caseReaders },
  { to: '/exposure', name: 'exposure.title', roles: ['supervisor', 'administrator'] },
  { to: '/blocklist', name: 'blocklist.title', roles: ['analyst', 'supervisor', 'verifier'] },
  { to: '/referrals', name: 'referrals.title', roles: ['analyst', 'supervisor'] },
  { to: '/statistics', name: 'statistics.title', roles: statisticsReaders },
  { to: '/banks', name: 'banks.title', roles: bankReaders },
  { to: '/crawler', name: 'crawler.title', roles: crawlerReaders },
  { to: '/notices', name: 'notices.title', roles: noticeReaders },
];

export function HomeScreen() {
  return <RequireSession>{(session) => <Home email={session.user.email} role={session.user.role} />}</RequireSession>;
}

function Home({ email, role }: { email: string; role: Role }) {
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

  const mine = screens.filter((screen) => screen.roles.includes(role));
  const work = workScreens.filter((screen) => screen.roles.includes(role));
  const review = reviewScreens.filter((screen) => screen.roles.includes(role));
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
      <ScreenLinks title={t('home.workTitle')} intro={t('home.workIntro')} screens={work} />
      <ScreenLinks title={t('home.review.title')} intro={t('home.review.intro')} screens={review} />
      <ScreenLinks title={t('ops.administration')} intro={t('ops.administrationIntro')} screens={mine} />
    </section>
  );
}

function ScreenLinks({ title, intro, screens }: { title: string; intro: string; screens: readonly Screen[] }) {
  const t = useT();
  if (screens.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <p className="intro">{intro}</p>
      <ul className="areas">
        {screens.map((screen) => (
          <li key={screen.to} className="area area-live">
            <Link to={screen.to} className="area-name">
              {t(screen.name)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
