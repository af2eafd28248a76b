/**
 * Runs before Lit: src/index.ts imports it first, so the bundle places it
 * ahead of Lit's code. Lit creates the Trusted Types policy `lit-html` as its
 * module loads; on a page whose Content-Security-Policy names the policies it
 * allows (`trusted-types …`) without that one, Lit's module throws, nothing is
 * defined and every member's fallback content stays. The browser's own error
 * names the policy but not what to do: say it.
 */
globalThis.document?.addEventListener('securitypolicyviolation', (e) => {
  if (e.violatedDirective == 'trusted-types')
    console.error(`wcit-embed: this page's Content-Security-Policy must allow the Trusted Types policy lit-html: add it to trusted-types (e.g. "trusted-types lit-html").`);
});
