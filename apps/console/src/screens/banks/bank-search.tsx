import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Button, Cell, Column, FileTrigger, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import type { Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { useSearch, type SearchResult } from './banks.queries.ts';

const hashTypes = ['pdq', 'md5', 'sha256', 'sha1', 'vpdq'] as const;
type HashType = (typeof hashTypes)[number];

type Searched = { result: SearchResult; what: { kind: 'hash'; type: HashType } | { kind: 'media'; file: string } };

/**
 * Every bank (quarantine included, disabled banks and withdrawn entries not) searched by a hash, or
 * by a media file the server hashes and forgets: only its signals and the matches come back, never
 * the media, and the console never shows the file it sent.
 */
export function BankSearch() {
  const t = useT();
  const search = useSearch();
  const [type, setType] = useState<HashType>('pdq');
  const [signal, setSignal] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [searched, setSearched] = useState<Searched | null>(null);

  const run = (input: Parameters<typeof search.mutate>[0], what: Searched['what']) => {
    setProblem(null);
    setSearched(null);
    search.mutate(input, {
      onSuccess: (result) => setSearched({ result, what }),
      onError: (error) => setProblem({ error }),
    });
  };
  const byHash = (event: FormEvent) => {
    event.preventDefault();
    if (search.isPending) return;
    if (signal.trim() === '') return setMissing(true);
    setMissing(false);
    run({ kind: 'hash', signalType: type, signal }, { kind: 'hash', type });
  };
  const byMedia = (files: FileList | null) => {
    const file = files?.[0];
    if (file === undefined || search.isPending) return;
    run({ kind: 'media', file }, { kind: 'media', file: file.name });
  };

  return (
    <>
      <h2>{t('banks.search.title')}</h2>
      <p className="intro">{t('banks.search.intro')}</p>
      <ErrorSummary problem={problem} />
      <form className="inline-form" onSubmit={byHash} noValidate aria-labelledby="search-hash-title">
        <h3 id="search-hash-title">{t('banks.search.byHash')}</h3>
        <div className="form-row">
          <SelectField
            label={t('banks.search.type')}
            options={hashTypes.map((id) => ({ id, label: t(`banks.signal.${id}`) }))}
            value={type}
            onChange={setType}
          />
          <Field
            label={t('banks.search.hash')}
            hint={t('banks.search.hashHint')}
            name="signal"
            value={signal}
            onChange={setSignal}
            isRequired
            error={missing ? t('banks.search.hashMissing') : null}
          />
        </div>
        <div className="actions actions-tight">
          <button type="submit" className="button button-primary" aria-disabled={search.isPending}>
            {t('banks.search.submit')}
          </button>
        </div>
      </form>
      <section className="inline-form" aria-labelledby="search-media-title">
        <h3 id="search-media-title">{t('banks.search.byMedia')}</h3>
        <p className="hint">{t('banks.search.mediaHint')}</p>
        <FileTrigger acceptedFileTypes={['image/*', 'video/*']} onSelect={byMedia}>
          <Button className="button button-secondary" isPending={search.isPending}>
            {t('banks.search.chooseMedia')}
          </Button>
        </FileTrigger>
      </section>
      <p role="status" className="hint">
        {search.isPending ? t('banks.search.searching') : searched === null ? '' : describeOutcome(searched, t)}
      </p>
      {searched !== null && <SearchResults result={searched.result} />}
    </>
  );
}

function describeOutcome(searched: Searched, t: ReturnType<typeof useT>): string {
  const what =
    searched.what.kind === 'hash'
      ? t('banks.search.whatHash', { type: t(`banks.signal.${searched.what.type}`) })
      : t('banks.search.whatMedia', { file: searched.what.file });
  const count = new Set(searched.result.matches.map((m) => m.entryId)).size;
  return count === 0 ? t('banks.search.none', { what }) : t('banks.search.outcome', { what, count });
}

function SearchResults({ result }: { result: SearchResult }) {
  const t = useT();
  const signals = Object.entries(result.signals);
  return (
    <>
      <h3>{t('banks.search.signalsTitle')}</h3>
      <dl className="facts">
        {signals.map(([type, value]) => (
          <div key={type}>
            <dt>{t(`banks.signal.${type as HashType}`)}</dt>
            <dd>
              <code className="hash">{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      <Table aria-label={t('banks.search.matchesTitle')} className="table">
        <TableHeader>
          <Column isRowHeader>{t('banks.entry')}</Column>
          <Column>{t('banks.bank')}</Column>
          <Column>{t('banks.search.signal')}</Column>
          <Column>{t('banks.state')}</Column>
        </TableHeader>
        <TableBody items={byEntry(result.matches)} renderEmptyState={() => t('banks.search.noMatches')}>
          {(found) => (
            <Row id={found.id}>
              <Cell>
                <Link to="/bank-entries/$id" params={{ id: String(found.id) }}>
                  {t('banks.entryNumber', { id: String(found.id) })}
                </Link>
              </Cell>
              <Cell>
                {found.bank}
                {found.bankKind !== 'standard' && <span className="hint"> · {t(`banks.kind.${found.bankKind}`)}</span>}
              </Cell>
              <Cell>
                <ul className="plain-list">
                  {found.matches.map((m) => (
                    <li key={m.signalType}>
                      {t('banks.search.matchedBy', {
                        type: t(`banks.signal.${m.signalType}`),
                        distance: m.distance,
                        threshold: m.threshold,
                      })}
                    </li>
                  ))}
                </ul>
              </Cell>
              <Cell>
                {t(found.confirmed ? 'banks.status.confirmed' : 'banks.status.unconfirmed')}
                {found.suspended && <span className="hint"> · {t('banks.suspended')}</span>}
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </>
  );
}

type Match = SearchResult['matches'][number];

/** The matches of one entry together (a media matches its entry by several of its fingerprints at once). */
function byEntry(matches: readonly Match[]) {
  const entries = new Map<number, Match & { id: number; matches: Match[] }>();
  for (const m of matches) {
    const found = entries.get(m.entryId);
    if (found === undefined) entries.set(m.entryId, { ...m, id: m.entryId, matches: [m] });
    else found.matches.push(m);
  }
  return [...entries.values()];
}
