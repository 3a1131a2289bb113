import { readFile } from 'node:fs/promises';
import { loadFeedKey, publicKeyFile, verifyMinisign, type Config } from '@vigie/core';
import { UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const usage = `usage: vigie feed verify FILE SIGNATURE PUBKEY   check a feed file's minisign signature
       vigie feed public-key                       print this installation's feed public key`;

/** `vigie feed verify`: what `minisign -Vm FILE -x SIGNATURE -p PUBKEY` checks, without minisign. */
export async function runFeedCommand(config: Config | undefined, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'verify') {
    if (rest.length !== 3) throw new UsageError(usage);
    const [file, signature, publicKey] = rest as [string, string, string];
    const verdict = verifyMinisign(
      await readFile(publicKey, 'utf8'),
      await readFile(file),
      await readFile(signature, 'utf8'),
    );
    if (!verdict.ok) {
      io.stderr.write(`${file}: NOT verified: ${verdict.reason}\n`);
      return 1;
    }
    io.stdout.write(
      `${file}: signature and comment verified (key ${verdict.keyId})\ntrusted comment: ${verdict.trustedComment}\n`,
    );
    return 0;
  }
  if (sub === 'public-key' && config) {
    io.stdout.write(publicKeyFile(await loadFeedKey(config.dataDir)));
    return 0;
  }
  throw new UsageError(usage);
}
