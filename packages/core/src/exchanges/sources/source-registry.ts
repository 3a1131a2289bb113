import type { ExchangeApi } from '@vigie/contract';
import type { ExchangeSource } from '../exchanges.types.ts';
import { hmaSource } from './hma-source.ts';
import { ncmecSource } from './ncmec-source.ts';
import { stopnciiSource } from './stopncii-source.ts';
import { urlListSource } from './url-list-source.ts';
import { vigieSource } from './vigie-source.ts';

export const exchangeSources: Readonly<Record<ExchangeApi, ExchangeSource>> = {
  vigie: vigieSource,
  hma: hmaSource,
  ncmec: ncmecSource,
  stop_ncii: stopnciiSource,
  url_list: urlListSource,
};
