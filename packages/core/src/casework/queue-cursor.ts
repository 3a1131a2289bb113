import { CaseworkError } from './casework.errors.ts';
import type { QueueCursor } from './queue.repository.ts';

// The queue's page cursor: the last row's place in the queue order, opaque to clients.

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(`${cursor.rank}|${cursor.receivedAt.toISOString()}|${cursor.reportId}`).toString('base64url');
}

export function decodeCursor(text: string): QueueCursor {
  const [rank, at, id, ...rest] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const receivedAt = new Date(at ?? '');
  if (rest.length > 0 || !/^-?\d{1,6}$/.test(rank ?? '') || Number.isNaN(receivedAt.getTime()) || !uuid.test(id ?? ''))
    throw new CaseworkError('CASE_CURSOR_INVALID');
  return { rank: Number(rank), receivedAt, reportId: id as string };
}
