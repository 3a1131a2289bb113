import { useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../session.ts';
import type { Exposure } from './review.queries.ts';

// Media on screen: only the server's derivatives, fetched with the session (never an address an
// <img> could load by itself, nor anything remote), shown through object URLs revoked as soon as
// the media leaves the screen.

/** The blurred preview of one media while `shown`; null until it arrives and once hidden. */
export function usePreviewUrl(sha256: string, shown: boolean, onRefused: (error: unknown) => void): string | null {
  const api = useApi();
  const [url, setUrl] = useState<string | null>(null);
  const refused = useRef(onRefused);
  refused.current = onRefused;
  useEffect(() => {
    if (!shown) return;
    const controller = new AbortController();
    let made: string | null = null;
    api
      .call(
        api.client.GET('/api/v1/media/{sha256}/preview', {
          params: { path: { sha256 } },
          parseAs: 'blob',
          signal: controller.signal,
        }),
      )
      .then((blob) => {
        if (controller.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) refused.current(error);
      });
    return () => {
      controller.abort();
      if (made !== null) URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [api, sha256, shown]);
  return url;
}

export type Revealed = { sha256: string; revealId: string; url: string; startedAt: number };

export function useReviewCalls() {
  const api = useApi();
  return useMemo(
    () => ({
      /** The sharper derivative (base64 in the answer), as an object URL the caller revokes. */
      async reveal(sha256: string): Promise<{ revealed: Revealed; exposure: Exposure }> {
        const answer = await api.call(
          api.client.POST('/api/v1/media/{sha256}/reveal', { params: { path: { sha256 } } }),
        );
        const bytes = Uint8Array.from(atob(answer.data), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: answer.contentType }));
        return {
          revealed: { sha256, revealId: answer.revealId, url, startedAt: performance.now() },
          exposure: answer.exposure,
        };
      },
      endReveal: (revealed: Revealed) =>
        api.call(
          api.client.POST('/api/v1/media/{sha256}/reveal/{revealId}/end', {
            params: { path: { sha256: revealed.sha256, revealId: revealed.revealId } },
            body: { durationSeconds: Math.min(3600, (performance.now() - revealed.startedAt) / 1000) },
          }),
        ),
      heartbeat: () => api.call(api.client.POST('/api/v1/review/exposure/heartbeat')),
      current: () => api.call(api.client.GET('/api/v1/review/exposure')),
      stop: () => api.call(api.client.POST('/api/v1/review/exposure/stop')),
    }),
    [api],
  );
}
