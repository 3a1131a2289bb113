import { useState, type FormEvent } from 'react';
import { CheckField } from '../../components/check-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { hasCode, type Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { useAddSeed, type Seed } from './crawler.queries.ts';

/** A whole number from a field, undefined when left empty (the installation's limit applies), NaN when not one. */
function limitOf(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/**
 * An analyst's seed: a site to crawl from, with its depth and URL budget (the installation's
 * limits when left empty, never more than the server allows). robots.txt is honoured unless the
 * analyst says the site is reported or hosts confirmed material (an abuser's robots.txt must not
 * hide evidence).
 */
export function SeedForm() {
  const t = useT();
  const add = useAddSeed();
  const [url, setUrl] = useState('');
  const [depth, setDepth] = useState('');
  const [budget, setBudget] = useState('');
  const [honourRobots, setHonourRobots] = useState(true);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [added, setAdded] = useState<{ seed: Seed; created: boolean } | null>(null);
  const maxDepth = limitOf(depth);
  const maxUrls = limitOf(budget);
  const depthWrong = maxDepth !== undefined && !(maxDepth <= 100);
  const budgetWrong = maxUrls !== undefined && !(maxUrls >= 1 && maxUrls <= 10_000_000);
  const [checked, setChecked] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (add.isPending) return;
    setChecked(true);
    setAdded(null);
    if (url.trim() === '') return setProblem({ id: 'crawler.seed.urlMissing' });
    if (depthWrong || budgetWrong) return setProblem({ id: 'crawler.seed.limitsWrong' });
    setProblem(null);
    add.mutate(
      {
        url: url.trim(),
        honourRobots,
        ...(maxDepth === undefined ? {} : { maxDepth }),
        ...(maxUrls === undefined ? {} : { maxUrls }),
      },
      {
        onSuccess: (result) => {
          setAdded(result);
          setUrl('');
          setChecked(false);
        },
        onError: (error) => setProblem({ error }),
      },
    );
  }

  const urlRefused = problem !== null && 'error' in problem && hasCode(problem.error, 'CRAWLER_URL_INVALID');
  return (
    <section aria-labelledby="seed-title">
      <h2 id="seed-title">{t('crawler.seed.title')}</h2>
      <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="seed-title">
        <ErrorSummary problem={problem} />
        <Field
          label={t('crawler.seed.url')}
          hint={t('crawler.seed.urlHint')}
          value={url}
          onChange={setUrl}
          error={
            checked && url.trim() === ''
              ? t('crawler.seed.urlMissing')
              : urlRefused
                ? t('crawler.seed.urlRefused')
                : null
          }
        />
        <div className="form-row">
          <Field
            label={t('crawler.seed.depth')}
            hint={t('crawler.seed.depthHint')}
            value={depth}
            onChange={setDepth}
            wide={false}
            error={checked && depthWrong ? t('crawler.seed.depthWrong') : null}
          />
          <Field
            label={t('crawler.seed.budget')}
            hint={t('crawler.seed.budgetHint')}
            value={budget}
            onChange={setBudget}
            wide={false}
            error={checked && budgetWrong ? t('crawler.seed.budgetWrong') : null}
          />
        </div>
        <CheckField label={t('crawler.seed.honourRobots')} isSelected={honourRobots} onChange={setHonourRobots} />
        <p className="hint">{t('crawler.seed.honourRobotsHint')}</p>
        <div className="actions actions-tight">
          <button type="submit" className="button button-primary" aria-disabled={add.isPending}>
            {add.isPending ? t('crawler.seed.adding') : t('crawler.seed.add')}
          </button>
        </div>
        <p role="status">
          {added !== null &&
            (added.created
              ? t('crawler.seed.added', { url: added.seed.url, count: added.seed.urlsQueued })
              : t('crawler.seed.known', { url: added.seed.url }))}
        </p>
      </form>
    </section>
  );
}
