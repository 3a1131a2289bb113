// What the tipline's route tests share: reading a form's token, posting a form as a browser on
// the same site does, counting the reports that were filed.
import type { AppContext } from '@vigie/core';

export const tokenOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
export const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

export async function countReports(ctx: AppContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('report')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
