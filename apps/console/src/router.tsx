import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import type { Api } from './api.ts';
import { markNavigated } from './router-state.ts';
import { EnrolScreen } from './screens/enrol-screen.tsx';
import { HomeScreen } from './screens/home-screen.tsx';
import { LoginScreen } from './screens/login-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { Shell } from './shell.tsx';
import { UsersScreen } from './screens/users/users-screen.tsx';
import { ApiKeysScreen } from './screens/api-keys/api-keys-screen.tsx';
import { AlertsScreen } from './screens/alerts/alerts-screen.tsx';
import { AuditScreen } from './screens/audit/audit-screen.tsx';
import { ExposureScreen } from './screens/exposure/exposure-screen.tsx';
import { BlocklistScreen } from './screens/blocklist/blocklist-screen.tsx';
import { CaseScreen } from './screens/cases/case-screen.tsx';
import { CasesScreen } from './screens/cases/cases-screen.tsx';
import { parseCaseFilter } from './screens/cases/cases-search.ts';
import { DisputesScreen } from './screens/review/disputes-screen.tsx';
import { parseReviewSearch, ReviewScreen } from './screens/review/review-screen.tsx';
import { VerificationScreen } from './screens/review/verification-screen.tsx';
import { ReferralsScreen } from './screens/referrals/referrals-screen.tsx';
import { TemplatesScreen } from './screens/templates/templates-screen.tsx';
import { ProvidersScreen } from './screens/providers/providers-screen.tsx';
import { SettingsScreen } from './screens/settings/settings-screen.tsx';
import { BanksScreen } from './screens/banks/banks-screen.tsx';
import { BankScreen } from './screens/banks/bank-screen.tsx';
import { CurationScreen } from './screens/banks/curation-screen.tsx';
import { EntryScreen } from './screens/banks/entry-screen.tsx';
import { CrawlerScreen } from './screens/crawler/crawler-screen.tsx';
import { NoticeScreen } from './screens/notices/notice-screen.tsx';
import { NoticesScreen } from './screens/notices/notices-screen.tsx';

export type RouterContext = { api: Api; queryClient: QueryClient };

// Typed routes: each path, its search parameters (parsed and checked here) and its screen.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <Shell>
      <Outlet />
    </Shell>
  ),
  notFoundComponent: NotFoundScreen,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeScreen });
// Where to go back to after signing in: a path inside the console only (never another site).
const loginRoute = createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginScreen });
const enrolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/enrol',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search['token'] === 'string' && search['token'] !== '' ? { token: search['token'] } : {},
  component: EnrolScreen,
});

const usersRoute = createRoute({ getParentRoute: () => rootRoute, path: '/users', component: UsersScreen });

const apiKeysRoute = createRoute({ getParentRoute: () => rootRoute, path: '/api-keys', component: ApiKeysScreen });

const alertsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/alerts', component: AlertsScreen });

const auditRoute = createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditScreen });

const exposureRoute = createRoute({ getParentRoute: () => rootRoute, path: '/exposure', component: ExposureScreen });

const blocklistRoute = createRoute({ getParentRoute: () => rootRoute, path: '/blocklist', component: BlocklistScreen });
// The triage queue keeps its filters in the URL (bookmarkable, shareable, kept on reload).
const casesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cases',
  validateSearch: parseCaseFilter,
  component: CasesScreen,
});

const caseRoute = createRoute({ getParentRoute: () => rootRoute, path: '/cases/$reportId', component: CaseScreen });
const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/review',
  validateSearch: parseReviewSearch,
  component: ReviewScreen,
});

const verificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verification',
  component: VerificationScreen,
});

const disputesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/disputes', component: DisputesScreen });

const referralsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/referrals', component: ReferralsScreen });

// Loaded when first opened: its charts (ECharts) are most of the console's weight and only
// supervisors and administrators see them.
const statisticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/statistics',
  component: lazyRouteComponent(() => import('./screens/statistics/statistics-screen.tsx'), 'StatisticsScreen'),
});
const templatesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/templates', component: TemplatesScreen });
const providersRoute = createRoute({ getParentRoute: () => rootRoute, path: '/providers', component: ProvidersScreen });

const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/settings', component: SettingsScreen });
const banksRoute = createRoute({ getParentRoute: () => rootRoute, path: '/banks', component: BanksScreen });
const bankRoute = createRoute({ getParentRoute: () => rootRoute, path: '/banks/$name', component: BankScreen });
const curationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/banks/$name/curation',
  component: CurationScreen,
});
const bankEntryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bank-entries/$id',
  component: EntryScreen,
});
const crawlerRoute = createRoute({ getParentRoute: () => rootRoute, path: '/crawler', component: CrawlerScreen });
const noticesRoute = createRoute({ getParentRoute: () => rootRoute, path: '/notices', component: NoticesScreen });
const noticeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/notices/$id', component: NoticeScreen });

const routeTree = rootRoute.addChildren([
  homeRoute,
  loginRoute,
  enrolRoute,
  usersRoute,
  apiKeysRoute,
  alertsRoute,
  auditRoute,
  exposureRoute,
  blocklistRoute,
  casesRoute,
  caseRoute,
  reviewRoute,
  verificationRoute,
  disputesRoute,
  referralsRoute,
  statisticsRoute,
  templatesRoute,
  providersRoute,
  settingsRoute,
  banksRoute,
  bankRoute,
  curationRoute,
  bankEntryRoute,
  crawlerRoute,
  noticesRoute,
  noticeRoute,
]);

export function createConsoleRouter(context: RouterContext) {
  const router = createRouter({ routeTree, context, basepath: '/console', defaultPreload: false });
  router.subscribe('onResolved', (event) => {
    if (event.fromLocation !== undefined) markNavigated();
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}

export { enrolRoute, homeRoute, loginRoute };
