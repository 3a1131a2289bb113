import { createLogger, forgetRetiredMediaKeys, reEncryptMedia, rotateMediaKeys, type Config } from '@vigie/core';
import { UsageError } from './args.ts';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const usage =
  'usage: vigie media rotate-key | media re-encrypt | media forget-retired-keys (steps in docs/media-store.md)';

/** `vigie media ...`: the media keys' rotation, run by an operator; no database needed. */
export async function runMediaCommand(config: Config, argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (rest.length > 0) throw new UsageError(usage);
  const logger = createLogger({ level: 'warn', destination: io.stderr });
  const byKey = (counts: Record<number, number>) =>
    Object.entries(counts)
      .map(([id, n]) => `key ${id}: ${n}`)
      .join(', ') || 'none';

  if (sub === 'rotate-key') {
    const rotation = await rotateMediaKeys(config);
    io.stdout.write(
      rotation.createdFile
        ? `Created ${rotation.path} with media key 1. Machines sharing one media store must all use this same file (VIGIE_MEDIA_KEYS_FILE).\n`
        : `Media key ${rotation.activeKeyId} is now active for new objects (${rotation.path}); older keys stay for reading.\nGive the file to every machine, restart every Vigie process, then run: vigie media re-encrypt\n`,
    );
    return 0;
  }
  if (sub === 're-encrypt') {
    const pass = await reEncryptMedia(config, logger);
    io.stdout.write(
      `Examined ${pass.objects} objects (before: ${byKey(pass.byKey)}); re-encrypted ${pass.reEncrypted} under key ${pass.activeKeyId}; ${pass.failed} could not be read.\n`,
    );
    if (pass.failed === 0) io.stdout.write('No object needs a retired key now: vigie media forget-retired-keys\n');
    return pass.failed === 0 ? 0 : 1;
  }
  if (sub === 'forget-retired-keys') {
    const result = await forgetRetiredMediaKeys(config, logger);
    if (result.removed.length > 0) {
      io.stdout.write(`Removed media keys ${result.removed.join(', ')}; ${result.objects} objects checked first.\n`);
      return 0;
    }
    if (result.stillNeeded === 0 && result.failed === 0) {
      io.stdout.write('No retired media key to remove.\n');
      return 0;
    }
    io.stdout.write(
      `Kept every key: ${result.stillNeeded} objects still need a retired key and ${result.failed} could not be read (${byKey(result.byKey)}). Run vigie media re-encrypt first.\n`,
    );
    return 1;
  }
  throw new UsageError(usage);
}
