// A throwaway WordPress for the plugin's integration tests: a private MariaDB
// (own datadir and socket in a temp folder, no network), Debian's WordPress
// copied into the same folder with a wp-config.php of our own, served by
// `php -S` on a loopback port. Nothing outside the temp folder is touched;
// stop() ends both servers and removes it.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync);

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** What is missing to run the suite (empty when nothing is), with the packages that bring it. */
export function missing() {
  const need = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) need.push('wordpress');
  if (!MARIADBD || !onPath('mariadb-install-db')) need.push('mariadb-server');
  if (!onPath('php')) need.push('php-cli');
  else if (!/mysqli/.test(spawnSync('php', ['-m']).stdout.toString())) need.push('php-mysql');
  return need;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Polls `test` (async) until it returns a truthy value, or fails after `ms` saying `what`. */
export async function until(what, test, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await test().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Starts MariaDB and WordPress (not yet installed). Returns
 * `{ url, root, php(code), stop() }`; `php(file, input)` runs a PHP file
 * with WordPress loaded (see posts.php).
 */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'wcit-wp-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      // Each child leads its own process group: php -S's workers outlive a
      // signal to their parent alone, so the whole group is signalled.
      const exited = new Promise((r) => child.once('exit', r));
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          child.kill(name);
        }
      };
      signal('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB, private: its own datadir and socket, no TCP. `--user=root` only
    // when we are root (CI), which mariadbd otherwise refuses.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const socket = join(dir, 'mysql.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
    const db = spawn(MARIADBD, ['--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.log')}`, ...asRoot], { stdio: 'ignore', detached: true });
    children.push(db);
    await until('MariaDB', async () => spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1']).status === 0);
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"]);

    // WordPress: a copy (its files find their config beside themselves, so a
    // symlinked tree would read Debian's /etc/wordpress instead of ours).
    // Debian links some of its files to other packages' by relative paths
    // (underscore, backbone, getID3), which a copy would break: copied as files.
    const root = join(dir, 'wp');
    cpSync(WORDPRESS, root, { recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess') });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`define('${k}_KEY', '${k.toLowerCase()}-key-for-tests');`, `define('${k}_SALT', '${k.toLowerCase()}-salt-for-tests');`]).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Several workers: a browser asks for the page's scripts and styles at once.
    const web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(web);
    await until('php -S', async () => (await fetch(`${url}/readme.html`)).ok);
    const php = (file, input) => run('php', [file, root], { input: JSON.stringify(input ?? {}), cwd: root });
    return { url, root, dir, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A browser-like client for wp-admin: keeps the cookies it is given. */
export function client(base) {
  const jar = new Map([['wordpress_test_cookie', 'WP Cookie check']]);
  const request = async (path, init = {}) => {
    const res = await fetch(new URL(path, base), {
      redirect: 'manual',
      ...init,
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.headers ?? {}) },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  return { request, jar };
}
