import type { VpdqFrame } from '../hashbank.types.ts';

/** What a match index needs of one bank entry; read from bank_entry by change order. */
export type IndexRow = {
  id: number;
  bankId: number;
  pdq: string | null;
  vpdq: VpdqFrame[] | null;
  confirmed: boolean;
  suspended: boolean;
  withdrawn: boolean;
  /** The writing transaction's id (xid8 as decimal text). */
  txid: string;
};

// The index tag packs the bank id with two flags, so a match needs no lookup per candidate.
export const CONFIRMED_FLAG = 1 << 16;
export const SUSPENDED_FLAG = 1 << 17;

export function packTag(row: Pick<IndexRow, 'bankId' | 'confirmed' | 'suspended'>): number {
  return (row.bankId & 0xffff) | (row.confirmed ? CONFIRMED_FLAG : 0) | (row.suspended ? SUSPENDED_FLAG : 0);
}
