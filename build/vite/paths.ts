// Where things are, for the Vite plugins: the repository, the site's pages, the build's output.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fromRoot = (...path: string[]): string => resolve(root, ...path);
export const demoRoot = fromRoot('demo');

export const version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;

/** dist/wcit.js as the build wrote it, or undefined before the first build. */
export const builtBundle = (): Buffer | undefined => {
  const file = fromRoot('dist/wcit.js');
  return existsSync(file) ? readFileSync(file) : undefined;
};

/** A chunk of the script-tag bundle (`chunkFileNames` in vite.config.ts): `wcit-es-D-b_-NcK.js`, not `wcit-2012.js`. */
export const isChunk = (name: string): boolean => /^wcit-.+-[\w-]{8}\.js$/.test(name);

/** The Subresource Integrity value of a file's bytes. */
export const integrity = (bytes: Buffer): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The default feed as `npm run build:feed` wrote it. */
export const defaultFeedJson = () => JSON.parse(readFileSync(fromRoot('dist/wcit-2012.json'), 'utf8'));
