// Set by vite.config.ts (`define`) when the site is served or built.
/** The package's version, pinned in every snippet. */
declare const __WCIT_VERSION__: string;
/** `sha384-…` of the dist/wcit.js the site ships; '' when there was no build. */
declare const __WCIT_INTEGRITY__: string;
/** The site's own copy of the elements (relative to the site's root pages): the bundle, or the sources in the dev server. */
declare const __SITE_SCRIPT__: string;
