import { useCallback, useEffect, useState } from 'react';
import type { ApiClient, Session } from './api.ts';
import { ApiError } from './api.ts';
import { PageHeading } from './components/page-heading.tsx';
import { describeError } from './error-message.ts';
import { messages as m } from './messages.ts';
import { navigate, useRoute } from './navigation.ts';
import { paths } from './routes.ts';
import { EnrolScreen } from './screens/enrol-screen.tsx';
import { HomeScreen } from './screens/home-screen.tsx';
import { LoginScreen } from './screens/login-screen.tsx';

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'failed'; message: string };

export function App({ api }: { api: ApiClient }) {
  const route = useRoute();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    api.getSession().then(
      (session) => isCurrent && setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (!isCurrent) return;
        const signedOut = error instanceof ApiError && error.status === 401;
        setState(signedOut ? { status: 'signed-out' } : { status: 'failed', message: describeError(error, m) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, attempt]);

  const signedIn = useCallback((session: Session) => {
    setState({ status: 'signed-in', session });
    navigate(paths.home);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // A session that already ended is as good as a sign-out.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState({ status: 'signed-out' });
    navigate(paths.login);
  }, [api]);

  const needsSession = route.name === 'home' || route.name === 'login';
  const redirect =
    route.name === 'home' && state.status === 'signed-out'
      ? paths.login
      : route.name === 'login' && state.status === 'signed-in'
        ? paths.home
        : null;
  useEffect(() => {
    if (redirect !== null) navigate(redirect, { replace: true });
  }, [redirect]);

  let screen;
  if (route.name === 'enrol') {
    screen = <EnrolScreen api={api} token={route.token} onSignedIn={signedIn} />;
  } else if (route.name === 'not-found') {
    screen = (
      <section className="panel panel-narrow">
        <PageHeading title={m.notFoundTitle} />
        <p>{m.notFoundBody}</p>
        <p>
          <a href={paths.home}>{m.goHome}</a>
        </p>
      </section>
    );
  } else if (needsSession && state.status === 'failed') {
    screen = (
      <section className="panel panel-narrow">
        <div className="error-summary" role="alert">
          <p>{state.message}</p>
        </div>
        <button type="button" className="button button-secondary" onClick={() => setAttempt((n) => n + 1)}>
          {m.tryAgain}
        </button>
      </section>
    );
  } else if (state.status === 'loading' || redirect !== null) {
    screen = <p role="status">{m.loading}</p>;
  } else if (route.name === 'login' || state.status !== 'signed-in') {
    screen = <LoginScreen api={api} onSignedIn={signedIn} />;
  } else {
    screen = <HomeScreen session={state.session} onSignOut={signOut} />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="site-header">
        <span className="wordmark">{m.appName}</span>
        <span className="site-subtitle">{m.appSubtitle}</span>
      </header>
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
    </>
  );
}
