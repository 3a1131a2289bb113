import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTranslator } from '../../i18n/translate.ts';
import { originFigure, recipientsFigure, removalFigure, reportsFigure } from './statistics-figures.ts';
import { figureParams, monthsOf, noFilter, periodDays, type ForwardingAnswer } from './statistics.queries.ts';

const t = createTranslator('en');
const header = { from: '2026-01-01', to: '2026-04-01', interval: 'month' as const, timeZone: 'UTC', rolledUpAt: null };

describe('statistics figures', () => {
  it('periods are whole months: the last twelve up to this one, or a calendar year', () => {
    assert.deepEqual(periodDays('last12', new Date(2026, 11, 3)), { from: '2026-01-01', to: '2027-01-01' });
    assert.deepEqual(periodDays('last12', new Date(2026, 1, 28)), { from: '2025-03-01', to: '2026-03-01' });
    assert.deepEqual(periodDays('2025'), { from: '2025-01-01', to: '2026-01-01' });
    assert.deepEqual(monthsOf('2025-11-15', '2026-02-01'), ['2025-11-01', '2025-12-01', '2026-01-01']);
  });

  it('each figure is asked only the filters it understands', () => {
    const filter = {
      ...noFilter,
      period: '2026' as const,
      type: 'luring' as const,
      region: ' QC ',
      origin: 'analyst' as const,
    };
    assert.deepEqual(figureParams('reports', filter, 'source'), {
      from: '2026-01-01',
      to: '2027-01-01',
      interval: 'month',
      by: 'source',
      type: 'luring',
      region: 'QC',
    });
    assert.deepEqual(figureParams('notices', filter), {
      from: '2026-01-01',
      to: '2027-01-01',
      interval: 'month',
      origin: 'analyst',
    });
    assert.deepEqual(figureParams('media', filter), { from: '2026-01-01', to: '2027-01-01', interval: 'month' });
  });

  it('a breakdown fills the months without rows with zeros, largest series first', () => {
    const figure = reportsFigure(
      {
        ...header,
        rows: [
          { period: '2026-01-01', type: 'luring', source: null, region: null, reports: 1, urls: 0 },
          {
            period: '2026-01-01',
            type: 'child_sexual_abuse_material',
            source: null,
            region: null,
            reports: 1,
            urls: 2,
          },
          {
            period: '2026-03-01',
            type: 'child_sexual_abuse_material',
            source: null,
            region: null,
            reports: 2,
            urls: 1,
          },
        ],
      },
      'type',
      t,
    );
    assert.deepEqual(figure.periods, ['2026-01-01', '2026-02-01', '2026-03-01']);
    assert.ok(
      figure.series.every((s) => s.stack === 'all'),
      'a report has one type: stacked bars add up',
    );
    assert.deepEqual(
      figure.series.map((s) => [s.name, s.values]),
      [
        ['Child sexual abuse material', [1, 0, 2]],
        ['Luring', [1, 0, 0]],
      ],
    );
  });

  it('forwarding: to whom under the origin chosen, and automatic against analyst', () => {
    const row = (period: string, recipientKind: string | null, origin: string | null, forwarded: number) => ({
      period,
      recipientKind,
      origin,
      received: 2,
      forwarded,
      share: forwarded / 2,
      forwards: forwarded,
    });
    const answer = {
      ...header,
      rows: [
        row('2026-01-01', null, null, 1),
        row('2026-01-01', null, 'automatic', 1),
        row('2026-01-01', null, 'analyst', 1),
        row('2026-01-01', 'police', null, 1),
        row('2026-01-01', 'police', 'automatic', 1),
        row('2026-02-01', 'provider', null, 1),
      ],
    } as ForwardingAnswer;
    assert.deepEqual(
      recipientsFigure(answer, null, t).series.map((s) => [s.name, s.values]),
      [
        ['Hosting provider', [0, 1, 0]],
        ['Police force', [1, 0, 0]],
      ],
    );
    assert.ok(
      recipientsFigure(answer, null, t).series.every((s) => s.stack === undefined),
      'a report sent to police and welfare counts for each: side by side, never stacked',
    );
    assert.deepEqual(
      recipientsFigure(answer, 'automatic', t).series.map((s) => [s.name, s.values]),
      [['Police force', [1, 0, 0]]],
    );
    assert.deepEqual(
      originFigure(answer, t).series.map((s) => s.name),
      ['Analyst', 'Automatic'],
    );
  });

  it('time to removal in hours; a month without removals has no value rather than zero', () => {
    const measures = {
      notified: 2,
      fromDetectionMedian: null,
      fromDetectionP90: null,
      removedWithin24h: 0.5,
      removedWithin72h: 1,
    };
    const answer = {
      ...header,
      rows: [
        {
          period: '2026-01-01',
          provider: null,
          country: null,
          urls: 2,
          removed: 2,
          fromNoticeMedian: 72_000,
          fromNoticeP90: 100_800,
          fromNoticeP99: 107_280,
          ...measures,
        },
        {
          period: '2026-01-01',
          provider: null,
          country: 'CA',
          urls: 2,
          removed: 2,
          fromNoticeMedian: 72_000,
          fromNoticeP90: 100_800,
          fromNoticeP99: 107_280,
          ...measures,
        },
        {
          period: '2026-02-01',
          provider: null,
          country: 'FR',
          urls: 1,
          removed: 0,
          fromNoticeMedian: null,
          fromNoticeP90: null,
          fromNoticeP99: null,
          ...measures,
        },
      ],
    };
    assert.deepEqual(
      removalFigure(answer, 'overall', t).series.map((s) => s.values),
      [
        [20, null, null],
        [28, null, null],
        [29.8, null, null],
      ],
    );
    assert.deepEqual(
      removalFigure(answer, 'country', t).series.map((s) => [s.name, s.values]),
      [
        ['CA', [20, null, null]],
        ['FR', [null, null, null]],
      ],
    );
  });
});
