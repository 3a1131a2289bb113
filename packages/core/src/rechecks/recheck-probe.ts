import { createHash } from 'node:crypto';
import { isAppError } from '../platform/errors.ts';
import type { FetchLimits, Outbound } from '../platform/net/outbound.ts';
import type { ProbeResult, RecheckProbe } from './rechecks.types.ts';

// One check: the URL fetched again through the outbound module, as the crawler fetches (its
// limits, its egress, address checks, redirects followed by hand). Gone is a 404 or 410, or an
// answer whose bytes are not the media any more (a different page, another file). Anything else
// that is not the media (a 5xx, a 403, a refused connection, a timeout, a cap hit) proves
// nothing either way: inconclusive, never counted as a removal.

const GONE = new Set([404, 410]);

export function createRecheckProbe(outbound: Pick<Outbound, 'fetch'>, limits: FetchLimits): RecheckProbe {
  return {
    async check({ url, sha256 }): Promise<ProbeResult> {
      let response;
      try {
        response = await outbound.fetch(url, limits, { accept: 'image/*,video/*,*/*;q=0.5' });
      } catch (error) {
        return { outcome: 'inconclusive', detail: isAppError(error) ? error.code : String((error as Error).message) };
      }
      if (GONE.has(response.status)) {
        response.cancel();
        return { outcome: 'absent', detail: `HTTP ${response.status}` };
      }
      if (response.status < 200 || response.status >= 300) {
        response.cancel();
        return { outcome: 'inconclusive', detail: `HTTP ${response.status}` };
      }
      const hash = createHash('sha256');
      try {
        for await (const chunk of response.body) hash.update(chunk);
      } catch (error) {
        return { outcome: 'inconclusive', detail: isAppError(error) ? error.code : String((error as Error).message) };
      }
      const got = hash.digest('hex');
      if (got === sha256) return { outcome: 'present', detail: `HTTP ${response.status}, same media` };
      return { outcome: 'absent', detail: `HTTP ${response.status}, other content (${got.slice(0, 16)})` };
    },
  };
}
