// npm run bench -- NAME [ARGS...]: runs bench/NAME.ts with this Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const [name, ...rest] = process.argv.slice(2);
const script = name ? path.join(import.meta.dirname, `${name}.ts`) : '';
if (!name || !/^[\w-]+$/.test(name) || !existsSync(script)) {
  console.error('usage: npm run bench -- NAME (a file bench/NAME.ts)');
  process.exit(2);
}
const result = spawnSync(process.execPath, [script, ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
