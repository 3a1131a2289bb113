import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale.tsx';
import { usePreviewUrl, type Revealed } from './media.queries.ts';
import { useReviewSession } from './review-session.tsx';
import type { ReviewVerdict } from './verdict-keys.ts';

export type GridEntry = {
  /** The grid's key: the media's SHA-256, or the verification item's id. */
  key: string;
  sha256: string;
  kind: 'image' | 'video';
  members: number;
  earlyAlert?: boolean;
  nearPendingEntry?: boolean;
  /** Shown under the media (a dispute's opinions). */
  details?: ReactNode;
};

/**
 * One media of a grid: its blurred preview (a video: a strip of stills), or the sharper reveal
 * while it is revealed, or only its verdict once decided (nothing is shown of decided media).
 */
export function MediaTile(props: {
  entry: GridEntry;
  position: number;
  verdict: ReviewVerdict | undefined;
  revealed: Revealed | null;
}) {
  const t = useT();
  const { refused } = useReviewSession();
  const { entry, verdict, revealed } = props;
  const url = usePreviewUrl(entry.sha256, verdict === undefined && revealed === null, refused);
  return (
    <div className="tile-body">
      <div className="tile-media">
        {verdict !== undefined ? (
          <p className="tile-verdict">{t(`review.verdict.${verdict}`)}</p>
        ) : revealed !== null ? (
          <img
            src={revealed.url}
            alt={t('review.revealedAlt', { count: props.position })}
            className="tile-image tile-revealed"
          />
        ) : url === null ? (
          <span className="tile-loading">{t('app.loading')}</span>
        ) : (
          <img
            src={url}
            alt={t(entry.kind === 'video' ? 'review.stillsAlt' : 'review.previewAlt', { count: props.position })}
            className="tile-image"
          />
        )}
      </div>
      <p className="tile-caption">
        <span>{t('review.position', { count: props.position })}</span>
        {entry.kind === 'video' && <span className="tag">{t('review.video')}</span>}
        {entry.members > 1 && <span className="tag">{t('review.group', { count: entry.members })}</span>}
        {entry.earlyAlert === true && <span className="tag tag-alert">{t('review.earlyAlert')}</span>}
        {entry.nearPendingEntry === true && <span className="tag">{t('review.nearPending')}</span>}
        {revealed !== null && <span className="tag tag-alert">{t('review.revealedTag')}</span>}
      </p>
      {entry.details}
    </div>
  );
}
