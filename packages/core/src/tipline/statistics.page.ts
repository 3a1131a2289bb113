import type { StatisticsFigure } from '@vigie/contract';
import { html, type Html } from './html.ts';
import { layout, type PageContext } from './layout.ts';
import { statisticsMessagesEn, statisticsMessagesFr, type StatisticsMessages } from './statistics.messages.ts';

// The public statistics page: the figures the installation publishes (VIGIE_STATISTICS_PUBLIC),
// each as a table, month by month; no script. Per-provider figures are never shown here.

export type PublishedTable = {
  figure: StatisticsFigure;
  columns: ReadonlyArray<keyof StatisticsMessages['columns']>;
  rows: ReadonlyArray<Readonly<Record<string, string | number | null>>>;
};

const columnsOf: Record<StatisticsFigure, PublishedTable['columns']> = {
  reports: ['reports', 'urls'],
  forwarding: ['recipientKind', 'received', 'forwarded', 'share'],
  media: ['seen', 'known'],
  detections: ['detections'],
  notices: ['sent'],
  removal: ['removed', 'fromNoticeMedian', 'fromNoticeP90'],
  blocklist: ['entries'],
};

/** The service's published rows as the page's tables (the columns a public reader needs). */
export function publishedTables(
  published: ReadonlyArray<{ figure: StatisticsFigure; rows: ReadonlyArray<Record<string, unknown>> }>,
): PublishedTable[] {
  return published.map(({ figure, rows }) => ({
    figure,
    columns: columnsOf[figure],
    rows: rows as PublishedTable['rows'],
  }));
}

const words = (lang: string): StatisticsMessages => (lang === 'fr' ? statisticsMessagesFr : statisticsMessagesEn);

function cell(page: PageContext, column: string, value: string | number | null): string {
  const t = words(page.lang);
  if (value === null) return '\u2013';
  if (column === 'recipientKind') return t.recipients[value as keyof StatisticsMessages['recipients']] ?? String(value);
  if (column === 'share')
    return new Intl.NumberFormat(page.lang, { style: 'percent', maximumFractionDigits: 1 }).format(Number(value));
  if (column.startsWith('fromNotice'))
    return new Intl.NumberFormat(page.lang, { maximumFractionDigits: 1 }).format(Number(value) / 3600);
  return new Intl.NumberFormat(page.lang).format(Number(value));
}

const month = (page: PageContext, day: string) =>
  new Intl.DateTimeFormat(page.lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

export function statisticsPage(page: PageContext, tables: readonly PublishedTable[]): Html {
  const t = words(page.lang);
  const body = tables.map(
    (table) => html`<section><h2 id="${table.figure}">${t.figures[table.figure]}</h2>
<table><caption class="visually-hidden">${t.figures[table.figure]}</caption>
<thead><tr><th scope="col">${t.period}</th>${table.columns.map((c) => html`<th scope="col">${t.columns[c]}</th>`)}</tr></thead>
<tbody>${table.rows.map(
      (row) =>
        html`<tr><th scope="row">${month(page, String(row.period))}</th>${table.columns.map((c) => html`<td>${cell(page, c, row[c] ?? null)}</td>`)}</tr>`,
    )}</tbody></table></section>`,
  );
  return layout(page, t.title, html`<h1>${t.title}</h1><p>${tables.length === 0 ? t.empty : t.intro}</p>${body}`);
}
