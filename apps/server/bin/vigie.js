#!/usr/bin/env node
// `npx vigie` puts node_modules/.bin first on PATH, so `node` here is the pinned Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `vigie needs Node.js 24 or newer (this is ${process.version}); run it as "npx vigie" or "npm run vigie --" after "npm ci".`,
  );
  process.exit(1);
}
await import('../src/main.ts');
