import { execFile } from 'node:child_process';
import type { Plugin } from 'vite';

/**
 * In the dev server, an edit to a catalogue (src/i18n/es.ts, …) re-packs them
 * into src/i18n/packed.ts, which the page then reloads: a translator sees the
 * new text in the demo at once.
 */
export const repackCatalogues = (): Plugin => ({
  name: 'wcit-repack-catalogues',
  apply: 'serve',
  configureServer(server) {
    server.watcher.on('change', (file) => {
      if (!/[\\/]src[\\/]i18n[\\/](?!pack)[\w-]+\.ts$/.test(file)) return;
      execFile(process.execPath, ['--import', 'tsx', 'build/i18n-pack.ts'], (error, stdout, stderr) => {
        const said = `${stdout}${stderr}`.trim();
        if (said) server.config.logger[error ? 'error' : 'info'](said, { timestamp: true });
      });
    });
  },
});
