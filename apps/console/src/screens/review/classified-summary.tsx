import { useT } from '../../i18n/locale.tsx';
import type { Translate } from '../../i18n/translate.ts';
import type { Classification, GridItem } from './review.queries.ts';

/** What a classification says, in words: the industry scale's tier if any, then its labels. */
export function describeClassification(c: Classification, t: Translate): string {
  const parts = [
    ...(c.categories['industry_a1b2'] === undefined ? [] : [c.categories['industry_a1b2']]),
    ...(c.ageBand === null ? [] : [t(`label.ageBand.${c.ageBand}`)]),
    ...(c.activity === null ? [] : [t(`label.activity.${c.activity}`)]),
    ...(c.origin === null ? [] : [t(`label.origin.${c.origin}`)]),
  ];
  return `${parts.join(' · ') || t('review.classified.unlabelled')} (${c.bank})`;
}

/**
 * The media of a grid that are never shown: known media as their classification with how many
 * there are of each, media awaiting verification and media decided already as counts.
 */
export function ClassifiedSummary({ items }: { items: readonly GridItem[] }) {
  const t = useT();
  const groups = new Map<string, { text: string; count: number }>();
  for (const item of items) {
    if (item.status !== 'classified' || item.classification === null) continue;
    const text = describeClassification(item.classification, t);
    const group = groups.get(text) ?? { text, count: 0 };
    group.count += item.members;
    groups.set(text, group);
  }
  const waiting = items.filter((i) => i.status === 'awaiting_verification').length;
  const decided = items.filter((i) => i.status === 'decided').length;
  if (groups.size === 0 && waiting === 0 && decided === 0) return null;
  return (
    <section className="classified" aria-labelledby="classified-title">
      <h2 id="classified-title">{t('review.classified.title')}</h2>
      <p className="hint">{t('review.classified.hint')}</p>
      <ul>
        {[...groups.values()].map((group) => (
          <li key={group.text}>{t('review.classified.count', { count: group.count, title: group.text })}</li>
        ))}
        {waiting > 0 && <li>{t('review.classified.waiting', { count: waiting })}</li>}
        {decided > 0 && <li>{t('review.classified.decided', { count: decided })}</li>}
      </ul>
    </section>
  );
}
