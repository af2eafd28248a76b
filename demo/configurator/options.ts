/** What a webmaster chooses in the configurator; the snippet and the preview are made from it alone. */
export interface EmbedConfig {
  /** The feed's URL; '' reads the default feed beside wcit.js. */
  src: string;
  letter: boolean;
  /** `<wcit-signatories compact>`: the one-line count (and goal). */
  count: boolean;
  /** `<wcit-signatories>`: the list. */
  list: boolean;
  button: boolean;
  /** A language tag for the elements; '' follows the page's `lang`. */
  lang: string;
  /** The letter title's heading level, 1–6. */
  headingLevel: number;
  collapsed: boolean;
  /** The sign button shows the count. */
  showCount: boolean;
  /** The member's own attribution value on the sign-on link; '' for none. */
  attribution: string;
  /** `--wcit-accent`; '' keeps the default. */
  accent: string;
  /** `--wcit-accent-contrast` (the button label); '' lets the configurator pick black or white. */
  accentContrast: string;
  /** Where the page loads wcit.js from. */
  script: 'jsdelivr' | 'unpkg' | 'self';
  /** With `script: 'self'`: the URL of the member's own copy. */
  selfUrl: string;
  /**
   * Where the fallback links of the letter and the list lead (shown without
   * the script or when the feed cannot be read): a page to read the letter
   * and see who signed. '' writes none (the elements then say "Could not be loaded.").
   */
  fallbackUrl: string;
  /** Where the sign button's fallback link leads: the sign-on page. '' writes none. */
  signUrl: string;
  /**
   * The snippet may hold a `<style>` (colours, reserved space). False for a
   * site whose Content-Security-Policy refuses inline styles: the snippet
   * then says which rules to put in the site's stylesheet.
   */
  inlineStyle: boolean;
}

/** Where the default feed (WCIT 2012) points readers and signers. */
export const DEFAULT_FEED_LINK = 'https://cdt.org';

export const DEFAULT_CONFIG: EmbedConfig = {
  src: '',
  letter: true,
  count: true,
  list: false,
  button: true,
  lang: '',
  headingLevel: 2,
  collapsed: false,
  showCount: false,
  attribution: '',
  accent: '',
  accentContrast: '',
  script: 'jsdelivr',
  selfUrl: '/wcit/wcit.js',
  // The default feed's fullListUrl and signOn.url (campaigns/wcit-2012/campaign.json; test/site/fallbacks.test.ts
  // compares them), until the feed check reads the member's feed.
  fallbackUrl: DEFAULT_FEED_LINK,
  signUrl: DEFAULT_FEED_LINK,
  inlineStyle: true,
};

/** The sign button's attribution attribute (`ref` before issue #12: React 19 and Vue reserve that name). */
export const ATTRIBUTION_ATTRIBUTE = 'attribution';
