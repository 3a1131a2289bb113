import { createHmac } from 'node:crypto';
import pg from 'pg';

// The application does not run as the database owner. Migrations run as the owner (the embedded
// cluster's superuser, or DATABASE_URL's role); every service then connects as a login role
// that owns nothing, so it cannot alter a table, drop a trigger or switch triggers off, and may
// only read and append to the tables named append-only. Its password is derived from the owner's
// credentials, so every process given DATABASE_URL, on any machine, computes the same one.

export type AppRoleOptions = {
  /** Tables the application may only read and insert into (an audit trail). */
  appendOnlyTables: readonly string[];
  /** Schemas beside public whose objects the application uses (a job queue). */
  extraSchemas: readonly string[];
};

export function appRoleCredentials(ownerUrl: string): { user: string; password: string; url: string } {
  const url = new URL(ownerUrl);
  const owner = decodeURIComponent(url.username) || 'postgres';
  const user = `${owner}_app`.slice(0, 63);
  const password = createHmac('sha256', url.password ? decodeURIComponent(url.password) : ownerUrl)
    .update('vigie application role')
    .digest('base64url');
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return { user, password, url: url.toString() };
}

const racing = new Set(['42710', '23505', 'XX000', '40001']); // created or changed meanwhile by another start
const codeOf = (error: unknown) => (error as { code?: string }).code ?? '';

async function canLogIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates or updates the application role and its grants; returns its connection string. */
export async function ensureAppRole(ownerUrl: string, options: AppRoleOptions): Promise<string> {
  const { user, password, url } = appRoleCredentials(ownerUrl);
  const role = pg.escapeIdentifier(user);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Roles are the server's, not the database's: starts on other databases may race here.
    for (let attempt = 0; !(await canLogIn(url)); attempt++) {
      if (attempt >= 6) throw new Error(`the application role ${user} cannot sign in (check pg_hba.conf)`);
      try {
        const exists = await client.query('select 1 from pg_roles where rolname = $1', [user]);
        if (exists.rowCount === 0)
          await client.query(`create role ${role} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls`);
        await client.query(`alter role ${role} with login password ${pg.escapeLiteral(password)}`);
      } catch (error) {
        if (codeOf(error) === '42501')
          throw new Error(
            `${decodeURIComponent(new URL(ownerUrl).username)} may not create the application role ${user}: create a login role that owns nothing, grant it the tables, and set VIGIE_APP_DATABASE_URL (docs/adr/0006-application-database-role.md)`,
          );
        if (!racing.has(codeOf(error)) || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
      }
    }
    const grants = [
      `grant usage on schema public to ${role}`,
      `grant select, insert, update, delete on all tables in schema public to ${role}`,
      `grant usage, select on all sequences in schema public to ${role}`,
      ...options.extraSchemas.flatMap((schema) => {
        const s = pg.escapeIdentifier(schema);
        return [
          `grant usage on schema ${s} to ${role}`,
          `grant select, insert, update, delete on all tables in schema ${s} to ${role}`,
          `grant usage, select, update on all sequences in schema ${s} to ${role}`,
          `grant execute on all functions in schema ${s} to ${role}`,
        ];
      }),
      ...options.appendOnlyTables.map(
        (table) => `revoke update, delete, truncate on ${pg.escapeIdentifier(table)} from ${role}`,
      ),
    ];
    // One start at a time grants on a database (concurrent GRANTs clash in the catalogue).
    await client.query('begin');
    await client.query("select pg_advisory_xact_lock(hashtext('vigie app role grants'))");
    for (const statement of grants) await client.query(statement);
    // graphile-worker turns row-level security on for its private tables (only their owner sees
    // rows); the application role gets a policy of its own on each, with the same reach.
    for (const schema of options.extraSchemas) {
      const { rows } = await client.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity
           and not exists (select 1 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname
                           and p.policyname = 'application_role' and $2 = any(p.roles))`,
        [schema, user],
      );
      for (const { name } of rows) {
        const table = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;
        await client.query(`drop policy if exists application_role on ${table}`);
        await client.query(
          `create policy application_role on ${table} for all to ${role} using (true) with check (true)`,
        );
      }
    }
    await client.query('commit');
  } finally {
    await client.end();
  }
  return url;
}
