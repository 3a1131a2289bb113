import { useT } from '../../i18n/locale.tsx';
import { gridKeys, reviewVerdicts, verdictKeys } from './verdict-keys.ts';

const shown = (key: string) => (key === ' ' ? 'Space' : key.length === 1 ? key.toUpperCase() : key);

/** The grid's keys, on screen, from the same table the key handler reads. */
export function KeyLegend({ undo }: { undo: boolean }) {
  const t = useT();
  const rows: Array<[string, string]> = [
    ...reviewVerdicts.map((v): [string, string] => [shown(verdictKeys[v]), t(`review.verdict.${v}`)]),
    [gridKeys.reveal.map(shown).join(' / '), t('review.keys.reveal')],
    [shown(gridKeys.origin), t('review.keys.origin')],
    [shown(gridKeys.victim), t('review.keys.victim')],
    ...(undo ? [[`${shown(gridKeys.undo[0])} / ⌫`, t('review.keys.undo')] as [string, string]] : []),
    ['Esc', t('review.keys.stop')],
    ['← ↑ → ↓', t('review.keys.move')],
  ];
  return (
    <section className="key-legend" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('review.keys.title')}</h2>
      <dl>
        {rows.map(([key, what]) => (
          <div key={key} className="key-row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
