import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

// The hash bank's own layout rules, checked on its files: what house-style.md asks of every
// feature, so that a rule is not only written down.
const root = import.meta.dirname;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.test-helpers.ts')) out.push(path);
  }
  return out;
}

const files = sources(root).map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));

test('SQL only in repositories and table types', () => {
  const sqlish = /from 'kysely'|\.selectFrom\(|\.insertInto\(|\.updateTable\(|\.deleteFrom\(|\bsql`/;
  const offenders = files
    .filter((f) => !/\.(repository|tables)\.ts$/.test(f.name) && sqlish.test(f.text))
    .map((f) => f.name);
  assert.deepEqual(offenders, []);
});

test('every file under 400 lines; nothing imports the composition root', () => {
  assert.deepEqual(
    files.filter((f) => f.text.split('\n').length > 400).map((f) => f.name),
    [],
  );
  assert.deepEqual(
    files.filter((f) => /from '(\.\.\/)+context\.ts'/.test(f.text)).map((f) => f.name),
    [],
  );
});

test("HMA's dialect stays in hma/: the services name none of it", () => {
  const services = files.filter((f) => /(\.service|\.matcher|-store)\.ts$/.test(f.name) && !f.name.startsWith('hma/'));
  assert.ok(services.some((f) => f.name === 'hashbank.service.ts'));
  assert.deepEqual(
    services.filter((f) => /\bhma|\bHma|bank_content_id|video_md5/.test(f.text)).map((f) => f.name),
    [],
  );
});
