import './statistics.css';
import { useMemo, useState } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { FigureSection } from './figure-view.tsx';
import { FiltersForm } from './filters-form.tsx';
import { statisticsReaders } from './statistics-readers.ts';
import {
  blocklistFigure,
  detectionsFigure,
  exposureCountsFigure,
  exposureTimeFigure,
  mediaFigure,
  noticesFigure,
  originFigure,
  recipientsFigure,
  removalBreakdowns,
  removalFigure,
  reportsFigure,
  shareFigure,
  type RemovalBreakdown,
} from './statistics-figures.ts';
import {
  figureParams,
  noFilter,
  useFigure,
  type ReportDimension,
  type ReportsAnswer,
  type StatisticsFilter,
} from './statistics.queries.ts';

export function StatisticsScreen() {
  return <RequireRole roles={statisticsReaders}>{() => <Statistics />}</RequireRole>;
}

type By = ReportDimension | 'none';

function Statistics() {
  const t = useT();
  const [filter, setFilter] = useState<StatisticsFilter>(noFilter);
  const [by, setBy] = useState<By>('none');
  const [removalBy, setRemovalBy] = useState<RemovalBreakdown>('overall');
  const origin = filter.origin === '' ? null : filter.origin;

  const params = useMemo(
    () => ({
      reports: figureParams('reports', filter, by === 'none' ? undefined : by),
      forwarding: figureParams('forwarding', filter),
      media: figureParams('media', filter),
      detections: figureParams('detections', filter),
      notices: figureParams('notices', filter),
      removal: figureParams('removal', filter),
      blocklist: figureParams('blocklist', filter),
      exposure: figureParams('exposure', filter),
    }),
    [filter, by],
  );
  const reports = useFigure('reports', params.reports);
  const forwarding = useFigure('forwarding', params.forwarding);
  const media = useFigure('media', params.media);
  const detections = useFigure('detections', params.detections);
  const notices = useFigure('notices', params.notices);
  const removal = useFigure('removal', params.removal);
  const blocklist = useFigure('blocklist', params.blocklist);
  const exposure = useFigure('exposure', params.exposure);
  const failed = [reports, forwarding, media, detections, notices, removal, blocklist, exposure].find((q) => q.isError);
  const problem = useMemo(() => (failed === undefined ? null : { error: failed.error }), [failed?.error]);

  return (
    <ScreenFrame title={t('statistics.title')} intro={t('statistics.intro')}>
      <ErrorSummary problem={problem} />
      <FiltersForm filter={filter} onApply={setFilter} />
      {reports.data !== undefined && <Freshness answer={reports.data} />}
      <div className="figures">
        <FigureSection
          title={t('statistics.reports.title')}
          intro={t('statistics.reports.intro')}
          query={reports}
          build={(a) => reportsFigure(a, by === 'none' ? undefined : by, t)}
          csv={{ figure: 'reports', params: params.reports }}
          controls={
            <SelectField<By>
              label={t('statistics.reports.by')}
              value={by}
              onChange={setBy}
              options={(['none', 'type', 'source', 'region'] as const).map((id) => ({
                id,
                label: t(`statistics.by.${id}`),
              }))}
            />
          }
        />
        <FigureSection
          title={t('statistics.share.title')}
          intro={t('statistics.share.intro')}
          query={forwarding}
          build={(a) => shareFigure(a, origin, t)}
          csv={{ figure: 'forwarding', params: params.forwarding }}
        />
        <FigureSection
          title={t('statistics.recipients.title')}
          intro={t('statistics.recipients.intro')}
          query={forwarding}
          build={(a) => recipientsFigure(a, origin, t)}
          csv={{ figure: 'forwarding', params: params.forwarding }}
        />
        <FigureSection
          title={t('statistics.origins.title')}
          intro={t('statistics.origins.intro')}
          query={forwarding}
          build={(a) => originFigure(a, t)}
          csv={{ figure: 'forwarding', params: params.forwarding }}
        />
        <FigureSection
          title={t('statistics.media.title')}
          intro={t('statistics.media.intro')}
          query={media}
          build={(a) => mediaFigure(a, t)}
          csv={{ figure: 'media', params: params.media }}
        />
        <FigureSection
          title={t('statistics.detections.title')}
          intro={t('statistics.detections.intro')}
          query={detections}
          build={(a) => detectionsFigure(a, t)}
          csv={{ figure: 'detections', params: params.detections }}
        />
        <FigureSection
          title={t('statistics.notices.title')}
          intro={t('statistics.notices.intro')}
          query={notices}
          build={(a) => noticesFigure(a, t)}
          csv={{ figure: 'notices', params: params.notices }}
        />
        <FigureSection
          title={t('statistics.removal.title')}
          intro={t('statistics.removal.intro')}
          query={removal}
          build={(a) => removalFigure(a, removalBy, t)}
          csv={{ figure: 'removal', params: params.removal }}
          controls={
            <SelectField<RemovalBreakdown>
              label={t('statistics.removal.by')}
              value={removalBy}
              onChange={setRemovalBy}
              options={removalBreakdowns.map((id) => ({ id, label: t(`statistics.removal.${id}`) }))}
            />
          }
        />
        <FigureSection
          title={t('statistics.blocklist.title')}
          intro={t('statistics.blocklist.intro')}
          query={blocklist}
          build={(a) => blocklistFigure(a, t)}
          csv={{ figure: 'blocklist', params: params.blocklist }}
        />
        <FigureSection
          title={t('statistics.exposureTime.title')}
          intro={t('statistics.exposureTime.intro')}
          query={exposure}
          build={(a) => exposureTimeFigure(a, t)}
          csv={{ figure: 'exposure', params: params.exposure }}
        />
        <FigureSection
          title={t('statistics.exposureCounts.title')}
          intro={t('statistics.exposureCounts.intro')}
          query={exposure}
          build={(a) => exposureCountsFigure(a, t)}
          csv={{ figure: 'exposure', params: params.exposure }}
        />
      </div>
    </ScreenFrame>
  );
}

/** When the rollups last ran, and the time zone the days are counted in. */
function Freshness({ answer }: { answer: ReportsAnswer }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <p className="hint">
      {answer.rolledUpAt === null
        ? t('statistics.neverRolledUp')
        : t('statistics.rolledUp', { time: formatTime(answer.rolledUpAt), name: answer.timeZone })}
    </p>
  );
}
