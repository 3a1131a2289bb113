import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useT, type Translate } from '../../i18n/locale.tsx';
import {
  earlierDaysOfWeek,
  useEarlierDays,
  useReviewPolicy,
  useTeamExposure,
  type AnalystExposure,
  type TeamExposure,
} from './exposure.queries.ts';
import { PolicyForm } from './policy-form.tsx';

export function ExposureScreen() {
  return <RequireRole roles={['supervisor', 'administrator']}>{() => <Exposure />}</RequireRole>;
}

/** "1 h 05 min", "4 min", "0 min" (review time is counted in seconds, shown to the minute). */
export function formatDuration(seconds: number, t: Translate): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('exposure.minutes', { minutes });
  return t('exposure.hoursMinutes', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
}

function Exposure() {
  const t = useT();
  const today = useTeamExposure();
  return (
    <ScreenFrame title={t('exposure.title')} intro={t('exposure.intro')}>
      {today.isPending && <p role="status">{t('app.loading')}</p>}
      {today.isError && <p role="alert">{describeError(today.error, t)}</p>}
      {today.data !== undefined && (
        <>
          <TodayTable team={today.data} />
          <WeekTable today={today.data} />
        </>
      )}
      <PolicyForm />
    </ScreenFrame>
  );
}

function TodayTable({ team }: { team: TeamExposure }) {
  const t = useT();
  const label = t('exposure.todayTitle', { day: team.day });
  return (
    <>
      <h2>{label}</h2>
      <Table aria-label={label} className="table">
        <TableHeader>
          <Column isRowHeader>{t('exposure.analyst')}</Column>
          <Column>{t('exposure.reviewTime')}</Column>
          <Column>{t('exposure.revealTime')}</Column>
          <Column>{t('exposure.reveals')}</Column>
          <Column>{t('exposure.breaks')}</Column>
          <Column>{t('exposure.stops')}</Column>
          <Column>{t('exposure.state')}</Column>
        </TableHeader>
        <TableBody items={team.analysts} renderEmptyState={() => t('exposure.nobodyToday')}>
          {(analyst) => (
            <Row id={analyst.userId}>
              <TodayCells analyst={analyst} />
            </Row>
          )}
        </TableBody>
      </Table>
    </>
  );
}

// Cells are components of their own so that a language switch re-renders them.
function TodayCells({ analyst }: { analyst: AnalystExposure }) {
  const t = useT();
  return (
    <>
      <Cell>{analyst.email}</Cell>
      <Cell>{formatDuration(analyst.reviewSeconds, t)}</Cell>
      <Cell>{formatDuration(analyst.revealSeconds, t)}</Cell>
      <Cell>{analyst.reveals}</Cell>
      <Cell>{analyst.breaks}</Cell>
      <Cell>{analyst.stops}</Cell>
      <Cell>
        <span className={`tag tag-exposure-${analyst.state}`}>{t(`exposure.state.${analyst.state}`)}</span>
      </Cell>
    </>
  );
}

type WeekFigures = {
  userId: string;
  email: string;
  reviewSeconds: number;
  revealSeconds: number;
  reveals: number;
  breaks: number;
  stops: number;
  daysAtLimit: number;
};

/** Each analyst's figures summed over the days given; a day counts at the limit once review plus reveal time reached it. */
export function sumWeek(days: readonly TeamExposure[], dailyLimitSeconds: number): WeekFigures[] {
  const byUser = new Map<string, WeekFigures>();
  for (const day of days)
    for (const a of day.analysts) {
      const week = byUser.get(a.userId) ?? {
        userId: a.userId,
        email: a.email,
        reviewSeconds: 0,
        revealSeconds: 0,
        reveals: 0,
        breaks: 0,
        stops: 0,
        daysAtLimit: 0,
      };
      week.reviewSeconds += a.reviewSeconds;
      week.revealSeconds += a.revealSeconds;
      week.reveals += a.reveals;
      week.breaks += a.breaks;
      week.stops += a.stops;
      if (a.state === 'daily_limit' || a.reviewSeconds + a.revealSeconds >= dailyLimitSeconds) week.daysAtLimit += 1;
      byUser.set(a.userId, week);
    }
  return [...byUser.values()].sort((a, b) => a.email.localeCompare(b.email));
}

function WeekTable({ today }: { today: TeamExposure }) {
  const t = useT();
  const days = earlierDaysOfWeek(today.day);
  const earlier = useEarlierDays(days);
  const policy = useReviewPolicy();
  const label = t('exposure.weekTitle', { from: days[0] ?? today.day, to: today.day });
  if (earlier.error !== null || policy.isError)
    return <p role="alert">{describeError(earlier.error ?? policy.error, t)}</p>;
  if (earlier.data === undefined || policy.data === undefined) return <p role="status">{t('app.loading')}</p>;
  const week = sumWeek([...earlier.data, today], policy.data.dailyLimitMinutes * 60);
  return (
    <>
      <h2>{label}</h2>
      <Table aria-label={label} className="table">
        <TableHeader>
          <Column isRowHeader>{t('exposure.analyst')}</Column>
          <Column>{t('exposure.reviewTime')}</Column>
          <Column>{t('exposure.revealTime')}</Column>
          <Column>{t('exposure.reveals')}</Column>
          <Column>{t('exposure.breaks')}</Column>
          <Column>{t('exposure.stops')}</Column>
          <Column>{t('exposure.daysAtLimit')}</Column>
        </TableHeader>
        <TableBody items={week} renderEmptyState={() => t('exposure.nobodyThisWeek')}>
          {(analyst) => (
            <Row id={analyst.userId}>
              <WeekCells analyst={analyst} />
            </Row>
          )}
        </TableBody>
      </Table>
    </>
  );
}

function WeekCells({ analyst }: { analyst: WeekFigures }) {
  const t = useT();
  return (
    <>
      <Cell>{analyst.email}</Cell>
      <Cell>{formatDuration(analyst.reviewSeconds, t)}</Cell>
      <Cell>{formatDuration(analyst.revealSeconds, t)}</Cell>
      <Cell>{analyst.reveals}</Cell>
      <Cell>{analyst.breaks}</Cell>
      <Cell>{analyst.stops}</Cell>
      <Cell>{analyst.daysAtLimit}</Cell>
    </>
  );
}
