import type { BaseContext } from '../context.ts';

export function createHashbankService(base: BaseContext) {
  void base;
  return {
    async close(): Promise<void> {},
  };
}

export type HashbankService = ReturnType<typeof createHashbankService>;
