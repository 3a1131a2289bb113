import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, GridList, GridListItem } from 'react-aria-components';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { KeyLegend } from './key-legend.tsx';
import { LabelBar } from './label-bar.tsx';
import { useReviewCalls, type Revealed } from './media.queries.ts';
import { MediaTile, type GridEntry } from './media-tile.tsx';
import { useReviewSession } from './review-session.tsx';
import {
  gridKeys,
  nextOrigin,
  nextVictim,
  noLabels,
  verdictBody,
  verdictOfKey,
  type PendingLabels,
  type ReviewVerdict,
  type VerdictBody,
} from './verdict-keys.ts';

export type { GridEntry };

/**
 * A grid of media decided by keyboard: arrows move (react-aria's GridList), one key per verdict
 * (then the next undecided media takes focus), R or Space reveals the focused media and hides
 * it again (one at a time; moving on hides it), Z undoes. The reveal's end is reported with its
 * duration whenever it leaves the screen.
 */
export function MediaGrid(props: {
  label: string;
  entries: readonly GridEntry[];
  decided: ReadonlyMap<string, ReviewVerdict>;
  onVerdict: (entry: GridEntry, body: VerdictBody) => Promise<boolean>;
  onUndo?: () => Promise<string | null>;
  hoverPeek: boolean;
}) {
  const t = useT();
  const calls = useReviewCalls();
  const { report, refused } = useReviewSession();
  const [labels, setLabels] = useState<PendingLabels>(noLabels);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const focused = useRef<string | null>(null);
  const current = useRef<Revealed | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  const hide = useCallback(() => {
    const open = current.current;
    if (open === null) return;
    current.current = null;
    setRevealed(null);
    URL.revokeObjectURL(open.url);
    calls.endReveal(open).then((answer) => report(answer.exposure), refused);
  }, [calls, report, refused]);
  // Whatever takes the grid off the screen (a break, stop now, another screen) ends the reveal.
  const hideRef = useRef(hide);
  hideRef.current = hide;
  useEffect(() => () => hideRef.current(), []);

  const reveal = useCallback(
    async (entry: GridEntry) => {
      hide();
      try {
        const answer = await calls.reveal(entry.sha256);
        report(answer.exposure);
        if (focused.current !== entry.key && !props.hoverPeek) {
          URL.revokeObjectURL(answer.revealed.url);
          calls.endReveal(answer.revealed).then((end) => report(end.exposure), refused);
          return;
        }
        current.current = answer.revealed;
        setRevealed(answer.revealed);
      } catch (error) {
        refused(error);
        setProblem({ error });
      }
    },
    [calls, hide, props.hoverPeek, refused, report],
  );

  const focusEntry = (key: string) =>
    listRef.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(key)}"]`)?.focus();

  const nextUndecided = (after: string, decided: ReadonlyMap<string, ReviewVerdict>) => {
    const start = props.entries.findIndex((e) => e.key === after);
    for (let step = 1; step <= props.entries.length; step++) {
      const entry = props.entries[(start + step) % props.entries.length]!;
      if (!decided.has(entry.key)) return entry.key;
    }
    return null;
  };

  async function decide(entry: GridEntry, verdict: ReviewVerdict) {
    const body = verdictBody(verdict, labels);
    if (body === null) {
      setProblem({ id: 'review.otherNeedsLabels' });
      return;
    }
    hide();
    setBusy(true);
    try {
      if (!(await props.onVerdict(entry, body))) return;
      setProblem(null);
      setLabels(noLabels);
      const next = nextUndecided(entry.key, new Map([...props.decided, [entry.key, verdict]]));
      if (next !== null) focusEntry(next);
    } catch (error) {
      setProblem({ error });
    } finally {
      setBusy(false);
    }
  }

  async function undo() {
    if (props.onUndo === undefined) return;
    hide();
    try {
      const key = await props.onUndo();
      setProblem(key === null ? { id: 'review.nothingToUndo' } : null);
      if (key !== null) window.setTimeout(() => focusEntry(key), 0);
    } catch (error) {
      setProblem({ error });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    const entry = props.entries.find((e) => e.key === focused.current);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if ((gridKeys.undo as readonly string[]).includes(key)) return void (handled(), void undo());
    if (entry === undefined) return;
    const verdict = verdictOfKey(key);
    if (verdict !== null) {
      handled();
      if (!busy && !props.decided.has(entry.key)) void decide(entry, verdict);
    } else if ((gridKeys.reveal as readonly string[]).includes(key)) {
      handled();
      if (props.decided.has(entry.key)) return;
      if (current.current?.sha256 === entry.sha256) hide();
      else void reveal(entry);
    } else if (key === gridKeys.origin) {
      handled();
      setLabels((l) => ({ ...l, origin: nextOrigin(l.origin) }));
    } else if (key === gridKeys.victim) {
      handled();
      setLabels((l) => ({ ...l, victimIdentified: nextVictim(l.victimIdentified) }));
    }
  }

  function onFocus(target: EventTarget) {
    const key = (target as HTMLElement).closest?.('[data-entry]')?.getAttribute('data-entry') ?? null;
    if (key === null || key === focused.current) return;
    focused.current = key;
    setFocusedKey(key);
    if (current.current !== null && !props.hoverPeek) hide();
  }

  return (
    <div className="review-layout">
      <div className="review-main">
        <ErrorSummary problem={problem} />
        <div ref={listRef} onKeyDownCapture={onKeyDown} onFocus={(event) => onFocus(event.target)}>
          <GridList
            aria-label={props.label}
            layout="grid"
            className="media-grid"
            items={props.entries}
            disallowTypeAhead
            selectionMode="none"
          >
            {(entry) => {
              const position = props.entries.indexOf(entry) + 1;
              const verdict = props.decided.get(entry.key);
              return (
                <GridListItem
                  id={entry.key}
                  data-entry={entry.key}
                  textValue={t('review.position', { count: position })}
                  className="tile"
                  // Plain pointer events: react-aria gives hover only to items one can select or act on.
                  // A mouse only: touch has no hover, its tap is a press.
                  onPointerEnter={(event) =>
                    event.pointerType === 'mouse' && props.hoverPeek && verdict === undefined && void reveal(entry)
                  }
                  onPointerLeave={(event) => event.pointerType === 'mouse' && props.hoverPeek && hide()}
                >
                  <MediaTile
                    entry={entry}
                    position={position}
                    verdict={verdict}
                    revealed={revealed?.sha256 === entry.sha256 ? revealed : null}
                  />
                </GridListItem>
              );
            }}
          </GridList>
        </div>
        <div className="actions actions-tight">
          {props.onUndo !== undefined && (
            <Button className="button button-secondary" onPress={() => void undo()}>
              {t('review.undo')}
            </Button>
          )}
          <Button
            className="button button-secondary"
            isDisabled={focusedKey === null}
            onPress={() => {
              const entry = props.entries.find((e) => e.key === focused.current);
              if (entry === undefined) return;
              if (current.current?.sha256 === entry.sha256) hide();
              else void reveal(entry);
              focusEntry(entry.key);
            }}
          >
            {revealed === null ? t('review.revealFocused') : t('review.hide')}
          </Button>
        </div>
      </div>
      <aside className="review-side" aria-label={t('review.sideLabel')}>
        <LabelBar labels={labels} onChange={setLabels} />
        <KeyLegend undo={props.onUndo !== undefined} />
      </aside>
    </div>
  );
}
