// A test web page the console's tests open a case on: the test web's known images banked (as
// confirmed, for notice and takedown) and a page holding a known image and an unknown one, each
// in a form the capture keeps as an image.
import type { AppContext } from '@vigie/core';
import type { TestWeb } from './test-web/index.ts';

const imageForms = new Set(['img-src', 'img-srcset', 'picture-source-srcset']);

/** Banks every known image of the test web in a new bank `name`, confirmed. */
export async function bankKnownImages(ctx: AppContext, web: TestWeb, name = 'KNOWN'): Promise<void> {
  const actor = { type: 'cli' as const, id: 'console-test' };
  const bank = await ctx.hashbank.createBank(name, {}, actor);
  const entries = [];
  for (const media of web.manifest.known.filter((m) => m.kind === 'image'))
    entries.push({
      bankId: bank.id,
      signals: await ctx.hashbank.hashMedia(web.bytesOf(media.id), 'photo'),
      uses: ['notice_and_takedown' as const],
    });
  await ctx.hashbank.addEntries(entries, actor, { action: 'test.bank-filled' });
  await ctx.db.updateTable('bank_entry').set({ status: 'confirmed' }).where('bank_id', '=', bank.id).execute();
  await ctx.hashbank.refresh();
}

/** A page (no <base>) with a known image and an unknown one that is nobody's near-duplicate. */
export function pageWithKnownAndUnknownImages(web: TestWeb): { url: string; knownSha256: string } {
  const onPage = (m: (typeof web.manifest.media)[number], url: string) =>
    m.kind === 'image' && m.references.some((r) => r.page === url && imageForms.has(r.form));
  const page = web.manifest.pages.find(
    (p) =>
      !p.hasBase &&
      web.manifest.known.some((m) => onPage(m, p.url)) &&
      web.manifest.media.some((m) => !m.known && m.nearDuplicateOf === undefined && onPage(m, p.url)),
  );
  if (!page) throw new Error('the test web has no page with a known and an unknown image: choose another seed');
  return { url: page.url, knownSha256: web.manifest.known.find((m) => onPage(m, page.url))!.sha256 };
}
