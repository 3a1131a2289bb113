import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { EChart, type ChartOption } from './echart.tsx';
import { isEmptyFigure, type FigureData } from './statistics-figures.ts';
import { useFormats, type Formats } from './statistics-format.ts';
import { useCsvDownload, type Figure } from './statistics.queries.ts';

/**
 * One statistic: its heading, a chart or (a tab away) the same figures as a table, and its CSV
 * as the API serves it. Loading and failure are said in place; the screen's error summary says why.
 */
export function FigureSection<A>(props: {
  title: string;
  intro: string;
  query: UseQueryResult<A>;
  build: (answer: A) => FigureData;
  csv: { figure: Figure; params: Record<string, string> };
  controls?: ReactNode;
}) {
  const t = useT();
  const heading = useId();
  const { query } = props;
  const figure = query.data === undefined ? undefined : props.build(query.data);
  return (
    <section className="figure" aria-labelledby={heading}>
      <h2 id={heading}>{props.title}</h2>
      <p className="hint">{props.intro}</p>
      {props.controls}
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      {query.isError && <p className="hint">{t('statistics.unavailable')}</p>}
      {figure !== undefined &&
        (isEmptyFigure(figure) ? (
          <p className="empty">{t('statistics.empty')}</p>
        ) : (
          <FigureTabs title={props.title} figure={figure} />
        ))}
      {figure !== undefined && <CsvButton title={props.title} csv={props.csv} />}
    </section>
  );
}

function FigureTabs({ title, figure }: { title: string; figure: FigureData }) {
  const t = useT();
  const formats = useFormats();
  return (
    <Tabs className="tabs">
      <TabList aria-label={t('statistics.viewOf', { name: title })} className="tab-list tab-list-compact">
        <Tab id="chart" className="tab">
          {t('statistics.chart')}
        </Tab>
        <Tab id="table" className="tab">
          {t('statistics.table')}
        </Tab>
      </TabList>
      <TabPanel id="chart" className="tab-panel">
        <EChart option={chartOption(figure, formats)} label={title} description={t('statistics.chartDescription')} />
      </TabPanel>
      <TabPanel id="table" className="tab-panel">
        <FigureTable title={title} figure={figure} formats={formats} />
      </TabPanel>
    </Tabs>
  );
}

function chartOption(figure: FigureData, formats: Formats): ChartOption {
  const format = (value: unknown) => (typeof value === 'number' ? formats.value(value, figure.unit) : '');
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 64, bottom: 24 },
    legend: { top: 0, left: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: format },
    xAxis: { type: 'category', data: figure.periods.map(formats.month) },
    yAxis: {
      type: 'value',
      minInterval: figure.unit === 'count' ? 1 : 0,
      ...(figure.unit === 'percent' ? { max: 1 } : {}),
      axisLabel: { formatter: format },
    },
    series: figure.series.map((s) =>
      s.kind === 'bar'
        ? { type: 'bar', name: s.name, data: s.values, ...(s.stack === undefined ? {} : { stack: s.stack }) }
        : { type: 'line', name: s.name, data: s.values, connectNulls: false, symbolSize: 8 },
    ),
  };
}

function FigureTable({ title, figure, formats }: { title: string; figure: FigureData; formats: Formats }) {
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={title}>
      <table className="table statistics-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.month')}</th>
            {figure.series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.periods.map((period, i) => (
            <tr key={period}>
              <th scope="row">{formats.month(period)}</th>
              {figure.series.map((s) => {
                const value = s.values[i] ?? null;
                return (
                  <td key={s.id} className="number">
                    {value === null ? t('statistics.noValue') : formats.value(value, figure.unit)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CsvButton({ title, csv }: { title: string; csv: { figure: Figure; params: Record<string, string> } }) {
  const t = useT();
  const download = useCsvDownload(saveFile);
  return (
    <div className="actions actions-tight">
      <Button
        className="button button-secondary"
        aria-label={t('statistics.csvOf', { name: title })}
        isPending={download.isPending}
        onPress={() => download.mutate(csv)}
      >
        {t('statistics.csv')}
      </Button>
      {download.isError && <p role="alert">{describeError(download.error, t)}</p>}
    </div>
  );
}

/** Hands a fetched file to the browser as a download (an object URL, revoked once used). */
function saveFile(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
