import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server';

/** deploy/nginx/kb-site.conf: what operators include in their nginx.conf. */
export const SITE_CONF = path.join(ROOT, 'deploy', 'nginx', 'kb-site.conf');

/** Debian's nginx (`KB_NGINX` names another); undefined where there is none. */
export function findNginx(): string | undefined {
  const candidates = [process.env.KB_NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'];
  return candidates.find((file): file is string => file !== undefined && existsSync(file));
}

export interface Nginx {
  url: string;
  /** nginx's access log: upstream address, status and cache status per request. */
  accessLog: string;
  errorLog: string;
  stop(): Promise<void>;
}

/**
 * deploy/nginx/kb-site.conf with its ports and cache folder replaced, each replacement checked
 * to have matched, so that the test runs the operators' configuration and not a copy of it.
 */
export function localSiteConf(listen: number, replicas: readonly [number, number], cacheDir: string): string {
  let conf = readFileSync(SITE_CONF, 'utf8');
  const replace = (from: string, to: string): void => {
    if (!conf.includes(from)) throw new Error(`${SITE_CONF} no longer holds "${from}": update test/browser/nginx.ts`);
    conf = conf.replaceAll(from, to);
  };
  replace('127.0.0.1:3001', `127.0.0.1:${replicas[0]}`);
  replace('127.0.0.1:3002', `127.0.0.1:${replicas[1]}`);
  replace('listen 80;', `listen 127.0.0.1:${listen};`);
  replace('listen [::]:80;', '');
  replace('/var/cache/nginx/kb', cacheDir);
  return conf;
}

/**
 * nginx in the foreground with a prefix of its own in `dir`, on loopback: the site's
 * configuration inside a minimal nginx.conf. Needs no root; run as root, its workers stay root
 * so that they can write into the temporary folder.
 */
export async function startNginx(nginx: string, dir: string, listen: number, replicas: readonly [number, number]): Promise<Nginx> {
  for (const sub of ['cache', 'temp', 'logs']) mkdirSync(path.join(dir, sub), { recursive: true });
  const accessLog = path.join(dir, 'logs', 'access.log');
  const errorLog = path.join(dir, 'logs', 'error.log');
  writeFileSync(path.join(dir, 'kb-site.conf'), localSiteConf(listen, replicas, path.join(dir, 'cache')));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 2;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      '  log_format upstreams "$status $upstream_addr $upstream_status $upstream_cache_status $request_uri";',
      `  access_log ${accessLog} upstreams;`,
      `  include ${path.join(dir, 'kb-site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', errorLog];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}`);
    try {
      await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    accessLog,
    errorLog,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}
