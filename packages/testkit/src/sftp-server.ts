import { timingSafeEqual } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, posix, resolve, sep } from 'node:path';
import ssh2 from 'ssh2';
import type { Attributes, FileEntry, SFTPWrapper } from 'ssh2';
import { hostKeyFingerprint } from '@vigie/core';

// An SFTP server on loopback for tests (ssh2's Server, the real protocol): one user with a
// password, files written under a directory on disk (a test reads what arrived there). It
// serves what an upload client asks: realpath, stat, mkdir, open/write/close, rename, remove,
// readdir. Paths are confined to the root (`..` cannot leave it).

const { Server, utils } = ssh2;
const { OPEN_MODE, STATUS_CODE } = utils.sftp;

export type SftpTestServer = {
  port: number;
  /** The host key's fingerprint (`SHA256:...`) a client pins. */
  hostKey: string;
  root: string;
  username: string;
  password: string;
  /** Upload sessions that authenticated. */
  logins: number;
  close(): Promise<void>;
};

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

function attrsOf(s: Awaited<ReturnType<typeof stat>>): Attributes {
  return {
    mode: Number(s.mode),
    uid: 0,
    gid: 0,
    size: Number(s.size),
    atime: Math.floor(Number(s.atimeMs) / 1000),
    mtime: Math.floor(Number(s.mtimeMs) / 1000),
  };
}

function serveSftp(sftp: SFTPWrapper, root: string) {
  const handles = new Map<number, { file?: FileHandle; dir?: { path: string; done: boolean } }>();
  let next = 1;
  const local = (path: string) => {
    const inside = posix.normalize(posix.join('/', path));
    const full = resolve(root, `.${inside}`);
    if (full !== root && !full.startsWith(root + sep)) throw new Error('outside the root');
    return { full, inside };
  };
  const handleOf = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const fail = (id: number, error: unknown) =>
    sftp.status(id, (error as { code?: string }).code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE);
  sftp.on('REALPATH', (id, path) => {
    const { inside } = local(path === '.' ? '/' : path);
    sftp.name(id, [{ filename: inside, longname: inside, attrs: {} as Attributes }]);
  });
  const statOf = (id: number, path: string) =>
    stat(local(path).full).then(
      (s) => sftp.attrs(id, attrsOf(s)),
      (e: unknown) => fail(id, e),
    );
  sftp.on('STAT', statOf);
  sftp.on('LSTAT', statOf);
  sftp.on('MKDIR', (id, path) => {
    mkdir(local(path).full).then(
      () => sftp.status(id, STATUS_CODE.OK),
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('OPEN', (id, path, flags) => {
    const writing = (flags & OPEN_MODE.WRITE) !== 0;
    const mode = writing
      ? constants.O_WRONLY | constants.O_CREAT | ((flags & OPEN_MODE.TRUNC) !== 0 ? constants.O_TRUNC : 0)
      : constants.O_RDONLY;
    open(local(path).full, mode).then(
      (file) => {
        const n = next++;
        handles.set(n, { file });
        sftp.handle(id, handleOf(n));
      },
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('WRITE', (id, handle, offset, data) => {
    const file = handles.get(handle.readUInt32BE(0))?.file;
    if (!file) return sftp.status(id, STATUS_CODE.FAILURE);
    file.write(data, 0, data.length, offset).then(
      () => sftp.status(id, STATUS_CODE.OK),
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('FSTAT', (id, handle) => {
    const file = handles.get(handle.readUInt32BE(0))?.file;
    if (!file) return sftp.status(id, STATUS_CODE.FAILURE);
    file.stat().then(
      (s) => sftp.attrs(id, attrsOf(s)),
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('CLOSE', (id, handle) => {
    const n = handle.readUInt32BE(0);
    const entry = handles.get(n);
    handles.delete(n);
    (entry?.file ? entry.file.close() : Promise.resolve()).then(
      () => sftp.status(id, STATUS_CODE.OK),
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('OPENDIR', (id, path) => {
    const { full } = local(path);
    stat(full).then(
      () => {
        const n = next++;
        handles.set(n, { dir: { path: full, done: false } });
        sftp.handle(id, handleOf(n));
      },
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('READDIR', (id, handle) => {
    const dir = handles.get(handle.readUInt32BE(0))?.dir;
    if (!dir || dir.done) return sftp.status(id, STATUS_CODE.EOF);
    dir.done = true;
    readdir(dir.path).then(
      async (names) => {
        const entries: FileEntry[] = [];
        for (const filename of names)
          entries.push({ filename, longname: filename, attrs: attrsOf(await stat(join(dir.path, filename))) });
        if (entries.length === 0) return sftp.status(id, STATUS_CODE.EOF);
        sftp.name(id, entries);
      },
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('RENAME', (id, from, to) => {
    rename(local(from).full, local(to).full).then(
      () => sftp.status(id, STATUS_CODE.OK),
      (e: unknown) => fail(id, e),
    );
  });
  sftp.on('REMOVE', (id, path) => {
    rm(local(path).full).then(
      () => sftp.status(id, STATUS_CODE.OK),
      (e: unknown) => fail(id, e),
    );
  });
}

export async function startSftpServer(
  root: string,
  username = 'hotline',
  password = 'drop-box password',
): Promise<SftpTestServer> {
  const pem = utils.generateKeyPairSync('ed25519').private;
  const parsed = utils.parseKey(pem);
  if (parsed instanceof Error) throw parsed;
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  const fullRoot = resolve(root);
  const state = { logins: 0 };
  const server = new Server({ hostKeys: [pem] }, (client) => {
    client.on('authentication', (ctx) => {
      if (ctx.method === 'password' && equal(ctx.username, username) && equal(ctx.password, password)) {
        state.logins += 1;
        return ctx.accept();
      }
      ctx.reject(['password']);
    });
    client.on('ready', () => {
      client.on('session', (accept) => {
        const session = accept();
        session.on('sftp', (acceptSftp) => serveSftp(acceptSftp(), fullRoot));
      });
    });
    client.on('error', () => undefined);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hostKey: hostKeyFingerprint(key.getPublicSSH()),
    root: fullRoot,
    username,
    password,
    get logins() {
      return state.logins;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
