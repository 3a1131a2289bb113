import { sql, type Kysely } from 'kysely';

// A queue's next due time is min(due_at) over its URLs: with (key, priority, due_at) alone that
// read every queued URL of the host (a big site: every claim), with (key, due_at) it reads one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index crawl_url_key_due_idx on crawl_url (key, due_at) where due_at is not null`.execute(db);
}
