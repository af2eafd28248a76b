import type { Plugin } from 'vite';

/**
 * After Oxc's minify (output.minify), a second minifier: terser's compressor
 * finds what Oxc left (joined declarations, folded conditionals, inlined
 * one-use constants), ~150 B brotli of wcit.js; `module: true` lets top-level
 * names go too.
 */
export const terserPass = (): Plugin => ({
  name: 'wcit-terser-pass',
  async generateBundle(_options, bundle) {
    const { minify } = await import('terser');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type == 'chunk') chunk.code = (await minify(chunk.code, { module: true, compress: { passes: 3 } })).code ?? chunk.code;
    }
  },
});
