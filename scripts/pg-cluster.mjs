#!/usr/bin/env node
// A throw-away PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl in a temporary folder,
// listening on 127.0.0.1 only (a free port) with TLS (a self-signed certificate made here), run as a
// non-root OS user because PostgreSQL refuses to run as root.
//
//   node scripts/pg-cluster.mjs start   -> prints export lines: COMPLIANCE_DESK_TEST_PG_URL, …_DIR, …_CA
//   node scripts/pg-cluster.mjs stop <dir>
//
// The vitest global setup (tests/support/postgresGlobalSetup.ts) imports startCluster/stopCluster.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN_USER = 'cd_admin';

/** The newest installed server (15 or newer): PG_BIN, pg_config, or Debian's /usr/lib/postgresql/N/bin. */
export const findPostgresBin = () => {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v) && Number(v) >= 15)
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; install postgresql');
  return found;
};

/** Root may not run postgres: run the server binaries as the `postgres` OS user (Debian's package creates it). */
const osUser = () => {
  if (userInfo().uid !== 0) return null;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('running as root and there is no "postgres" OS user to run the server');
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { name: 'postgres', uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
};

const run = (user, command, args) => {
  const [cmd, argv] = user ? ['runuser', ['-u', user.name, '--', command, ...args]] : [command, args];
  // cwd: the postgres OS user may not be allowed into the checkout (e.g. under /root in CI).
  const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000, cwd: tmpdir() });
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const chownTree = (user, path) => {
  if (user) spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, path]);
};

/** A self-signed certificate for CN=localhost (TLS tests verify against it); null without openssl. */
const makeCertificate = (dir) => {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-new',
      '-x509',
      '-days',
      '3',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      join(dir, 'server.key'),
      '-out',
      join(dir, 'server.crt'),
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) return null;
  chmodSync(join(dir, 'server.key'), 0o600);
  return join(dir, 'server.crt');
};

/**
 * Starts a cluster and returns { url, dir, port, caFile }. `url` connects as the superuser `cd_admin`
 * (a random password) over TCP; the tests create their databases and login roles with it.
 */
export const startCluster = async () => {
  const bin = findPostgresBin();
  const user = osUser();
  const dir = mkdtempSync(join(tmpdir(), 'cd-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('hex');
  writeFileSync(join(dir, 'pwfile'), `${password}\n`, { mode: 0o600 });
  const caFile = makeCertificate(dir);
  chownTree(user, dir);
  if (user) chownSync(dir, user.uid, user.gid);
  run(user, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    ADMIN_USER,
    '--pwfile',
    join(dir, 'pwfile'),
    '--auth-local=scram-sha-256',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  const settings = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    // Throw-away data: durability is not needed, speed is.
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    'max_connections = 200',
    'shared_buffers = 128MB',
    ...(caFile
      ? ['ssl = on', `ssl_cert_file = '${caFile}'`, `ssl_key_file = '${join(dir, 'server.key')}'`]
      : []),
  ];
  writeFileSync(join(data, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
  chownTree(user, data);
  run(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const url = `postgres://${ADMIN_USER}:${password}@127.0.0.1:${port}/postgres`;
  return { url, dir, port, caFile };
};

export const stopCluster = (dir) => {
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      run(osUser(), join(findPostgresBin(), 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch (error) {
      console.error(String(error));
    }
  }
  rmSync(dir, { recursive: true, force: true });
};

const main = async () => {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const cluster = await startCluster();
    console.log(`export COMPLIANCE_DESK_TEST_PG_URL='${cluster.url}'`);
    console.log(`export COMPLIANCE_DESK_TEST_PG_DIR='${cluster.dir}'`);
    if (cluster.caFile) console.log(`export COMPLIANCE_DESK_TEST_PG_CA='${cluster.caFile}'`);
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    console.error('usage: pg-cluster.mjs start | stop <dir>');
    process.exit(2);
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
