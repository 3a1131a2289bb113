import type { BaseContext } from '../context.ts';

export function createIntakeService(base: BaseContext) {
  void base;
  return {
    async close(): Promise<void> {},
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
