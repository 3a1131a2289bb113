import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { ApiError } from '../../api.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useApi, useSetSession } from '../../session.ts';
import { useReviewCalls } from './media.queries.ts';
import type { Exposure } from './review.queries.ts';
import { gridKeys } from './verdict-keys.ts';

// Time in media review, as the server counts it (docs/review.md, exposure limits). While media
// are on screen the console checks the analyst's review session every TICK_MS and sends a
// heartbeat if the analyst did anything since the last one (an analyst who walked away is not
// counted, and their session times out). Whatever the server says decides what is shown: a break
// or the day's limit hides every media until it is over, "stop now" hides them at once, and a
// timed-out session hides them and asks the analyst to sign in again.

export const TICK_MS = 5000;

type Phase = 'reviewing' | 'stopped' | 'break' | 'daily' | 'timedOut';
type ReviewSessionValue = {
  /** Every answer's exposure figures (batch, verdicts, reveals) go through here. */
  report(exposure: Exposure): void;
  /** A media call refused: a break, the day's limit or a signed-out session take over. */
  refused(error: unknown): void;
};

const ReviewSessionContext = createContext<ReviewSessionValue | null>(null);

export function useReviewSession(): ReviewSessionValue {
  const value = useContext(ReviewSessionContext);
  if (value === null) throw new Error('useReviewSession outside a ReviewSession');
  return value;
}

export function ReviewSession({ children }: { children: ReactNode }) {
  const t = useT();
  const api = useApi();
  const calls = useReviewCalls();
  const setSessionNow = useSetSession();
  const setSession = useRef(setSessionNow);
  setSession.current = setSessionNow;
  const [phase, setPhase] = useState<Phase>('reviewing');
  const [exposure, setExposure] = useState<Exposure | null>(null);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const wasActive = useRef(false);
  const activity = useRef(true);

  const timeOut = useCallback(async () => {
    setPhase('timedOut');
    try {
      await api.logout();
    } catch {
      // The sign-in session may have ended already: signing in again is what is asked either way.
    }
    setSession.current(null);
  }, [api]);

  const report = useCallback((next: Exposure) => {
    setExposure(next);
    if (phaseRef.current === 'stopped' || phaseRef.current === 'timedOut') return;
    wasActive.current = next.sessionActive;
    if (next.state === 'break_required') setPhase('break');
    else if (next.state === 'daily_limit') setPhase('daily');
    else if (phaseRef.current === 'break' || phaseRef.current === 'daily') setPhase('reviewing');
  }, []);

  const refused = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return;
      if (error.code === 'REVIEW_BREAK_REQUIRED') setPhase('break');
      else if (error.code === 'REVIEW_DAILY_LIMIT') setPhase('daily');
      else if (error.status === 401) void timeOut();
      else return;
      void calls.current().then(setExposure, () => undefined);
    },
    [calls, timeOut],
  );

  const stopNow = useCallback(() => {
    if (phaseRef.current === 'timedOut') return;
    setPhase('stopped');
    wasActive.current = false;
    void calls.stop().then(setExposure, () => undefined);
  }, [calls]);

  const resume = useCallback(() => {
    activity.current = true;
    setPhase('reviewing');
  }, []);

  const check = useCallback(async () => {
    const phaseNow = phaseRef.current;
    if (phaseNow === 'stopped' || phaseNow === 'timedOut') return;
    try {
      const now = await calls.current();
      if (phaseRef.current !== phaseNow) return;
      if (phaseNow === 'reviewing' && wasActive.current && !now.sessionActive) return void timeOut();
      if (phaseNow === 'reviewing' && activity.current) {
        activity.current = false;
        return report(await calls.heartbeat());
      }
      report(now);
    } catch (error) {
      refused(error);
    }
  }, [calls, refused, report, timeOut]);

  useEffect(() => {
    const timer = window.setInterval(() => void check(), TICK_MS);
    const seen = () => void (activity.current = true);
    const onKey = (event: KeyboardEvent) => {
      seen();
      if (event.key.toLowerCase() === gridKeys.stop && !event.defaultPrevented) stopNow();
    };
    const onVisible = () => document.visibilityState === 'visible' && void check();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointermove', seen);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointermove', seen);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [check, stopNow]);

  return (
    <ReviewSessionContext.Provider value={{ report, refused }}>
      <ExposureBar exposure={exposure} onStop={stopNow} stopped={phase !== 'reviewing'} />
      {phase === 'reviewing' ? (
        children
      ) : (
        <Paused phase={phase} exposure={exposure} onResume={resume} onCheck={() => void check()} />
      )}
      {phase === 'timedOut' && <p role="status">{t('review.timedOut')}</p>}
    </ReviewSessionContext.Provider>
  );
}

const minutes = (seconds: number) => Math.floor(seconds / 60);

function ExposureBar(props: { exposure: Exposure | null; onStop: () => void; stopped: boolean }) {
  const t = useT();
  const e = props.exposure;
  return (
    <div className="exposure" role="group" aria-label={t('review.exposure.title')}>
      {e !== null && (
        <>
          <p>{t('review.exposure.today', { used: minutes(e.exposureSeconds), limit: minutes(e.dailyLimitSeconds) })}</p>
          <p>
            {t('review.exposure.sinceBreak', {
              used: minutes(e.sinceBreakSeconds),
              limit: minutes(e.hardLimitSeconds),
            })}
          </p>
        </>
      )}
      {e?.state === 'break_suggested' && !props.stopped && (
        <p className="exposure-suggested" role="status">
          {t('review.exposure.suggested')}
        </p>
      )}
      <Button className="button button-danger" onPress={props.onStop} isDisabled={props.stopped}>
        {t('review.stopNow')}
      </Button>
    </div>
  );
}

function Paused(props: { phase: Phase; exposure: Exposure | null; onResume: () => void; onCheck: () => void }) {
  const t = useT();
  const formatTime = useFormatTime();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [props.phase]);
  const until = props.exposure?.breakUntil ?? null;
  return (
    <div ref={ref} className="paused" role="region" aria-labelledby="paused-title" tabIndex={-1}>
      {props.phase === 'break' && (
        <>
          <h2 id="paused-title">{t('review.break.title')}</h2>
          <p>{until === null ? t('review.break.body') : t('review.break.until', { when: formatTime(until) })}</p>
          <Button className="button button-secondary" onPress={props.onCheck}>
            {t('review.break.check')}
          </Button>
        </>
      )}
      {props.phase === 'daily' && (
        <>
          <h2 id="paused-title">{t('review.daily.title')}</h2>
          <p>{t('review.daily.body')}</p>
        </>
      )}
      {props.phase === 'stopped' && (
        <>
          <h2 id="paused-title">{t('review.stopped.title')}</h2>
          <p>{t('review.stopped.body')}</p>
          <Button className="button button-primary" onPress={props.onResume}>
            {t('review.stopped.resume')}
          </Button>
        </>
      )}
      {props.phase === 'timedOut' && <h2 id="paused-title">{t('review.timedOutTitle')}</h2>}
    </div>
  );
}
