import { intendedUses, type IntendedUse } from '@vigie/contract';
import { systemActor } from '../audit/index.ts';
import type { HashbankService } from '../hashbank/index.ts';
import { isAppError } from '../platform/errors.ts';

/** Analysts' verdicts serve every use: victim identification, forensics, notice and takedown. */
export const reviewUses: IntendedUse[] = [...intendedUses];

/**
 * The bank verdicts go to (VIGIE_REVIEW_BANK), created on first use: a standard bank that takes
 * any PDQ quality (an analyst has seen the media) and wants two concurring analysts; supervisors
 * may raise that to three in the bank's settings.
 */
export function reviewBankOf(hashbank: HashbankService, name: string) {
  return async () => {
    try {
      return await hashbank.getBank(name);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'HASHBANK_BANK_NOT_FOUND') throw error;
    }
    try {
      return await hashbank.createBank(
        name,
        { purpose: 'Analysts’ verdicts from safe media review', minPdqQuality: 0, requiredAssessments: 2 },
        systemActor,
      );
    } catch (error) {
      // Another process created it first.
      if (isAppError(error) && error.code === 'HASHBANK_BANK_EXISTS') return hashbank.getBank(name);
      throw error;
    }
  };
}
