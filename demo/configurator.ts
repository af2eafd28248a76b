// The embed configurator: a form → one EmbedConfig → the snippet, its
// preview (the same snippet in a blank page), the colour check and the live
// feed check. Everything is made from the config, so what is previewed is
// what is copied.
import { isSafeHref, type Feed } from '../src/feed/index.js';
import { DEFAULT_CONFIG, type EmbedConfig } from './configurator/options.js';
import { catalogues, missingNote } from '../src/cli/embed/index.js';
import { accentContrastOf, frameworkSnippets, htmlSnippet, prerenderedSnippet, styleRules, type Release } from './configurator/snippet.js';
import { contrast, inkOf, parseHex, readableOn, toHex, type Rgb } from './configurator/contrast.js';
import type { FeedCheck } from './configurator/feed-check.js';
import type { Answer, Work } from './configurator/work.js';

const release: Release = { version: __WCIT_VERSION__, integrity: __WCIT_INTEGRITY__ };
/** The site's own copy of wcit.js, which the preview loads instead of the snippet's published URL. */
const localScript = new URL(__SITE_SCRIPT__, document.baseURI).href;
/** In the dev server the preview runs the sources, which no integrity value matches. */
const localRelease: Release = localScript.endsWith('.ts') ? { ...release, integrity: '' } : release;
const defaultFeedUrl = new URL('wcit-2012.json', localScript).href;
/** The focus ring's and button's colour when the member sets none (the elements' default). */
const DEFAULT_ACCENT = '#0b57d0';

// The feed check and the first preview are made in a worker (configurator/work.ts says why); in the
// page where it cannot start (a Content-Security-Policy's worker-src, an old browser).
const waiting = new Map<number, [work: Work, done: (answer: Answer) => void]>();
let asked = 0;
const inPage = async (work: Work) => (await import('./configurator/work.js')).answer(work);
let worker: Worker | undefined;
try {
  worker = new Worker(new URL('./configurator/worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }: MessageEvent<Answer & { id: number }>) => {
    waiting.get(data.id)?.[1](data);
    waiting.delete(data.id);
  });
  worker.addEventListener('error', () => {
    worker = undefined;
    for (const [work, done] of waiting.values()) void inPage(work).then(done);
    waiting.clear();
  });
} catch {
  // Refused at once: the work is done in the page.
}
function ask(work: Work): Promise<Answer> {
  const to = worker;
  if (!to) return inPage(work);
  return new Promise((done) => {
    const id = ++asked;
    waiting.set(id, [work, done]);
    to.postMessage({ ...work, id });
  });
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#config');
const snippetCode = $<HTMLElement>('#snippet');
let preview = $<HTMLIFrameElement>('#preview');
const tablist = $<HTMLElement>('.tabs');
const feedStatus = $<HTMLElement>('#feed-check');
const contrastList = $<HTMLUListElement>('#contrast');
const note = $<HTMLElement>('#snippet-note');

/** The fallback links the member typed (a checked feed does not replace those). */
const typed = new Set<string>();

function readConfig(): EmbedConfig {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const on = (name: string) => data.get(name) === 'on';
  return {
    ...DEFAULT_CONFIG,
    src: text('src').trim(),
    letter: on('letter'),
    count: on('count'),
    list: on('list'),
    button: on('button'),
    lang: text('lang'),
    headingLevel: Number(text('headingLevel')) || 2,
    collapsed: on('collapsed'),
    showCount: on('showCount'),
    attribution: text('attribution'),
    accent: on('useAccent') ? text('accent') : '',
    accentContrast: on('useAccent') ? text('accentContrast') : '',
    script: text('script') as EmbedConfig['script'],
    selfUrl: text('selfUrl'),
    fallbackUrl: text('fallbackUrl').trim(),
    signUrl: text('signUrl').trim(),
    inlineStyle: !on('strictCsp'),
  };
}

// ---- Tabs: the plain snippet, then the framework recipes.

const TABS = ['HTML', 'Pre-rendered', 'React', 'Vue', 'Svelte', 'Angular', 'TypeScript + bundler'] as const;
let tab: (typeof TABS)[number] = 'HTML';
const tabId = (name: string) => `tab-${name.replace(/\W/g, '')}`;

for (const name of TABS) {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'tab');
  button.id = tabId(name);
  button.textContent = name;
  button.setAttribute('aria-controls', 'snippet-panel');
  button.addEventListener('click', () => selectTab(name));
  tablist.append(button);
}
// The ARIA tabs pattern: arrows move (and wrap), Home and End go to the first and last; selection follows focus.
tablist.addEventListener('keydown', (event) => {
  const i = TABS.indexOf(tab);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  const next = TABS[(to + TABS.length) % TABS.length];
  selectTab(next);
  document.getElementById(tabId(next))?.focus();
});

function selectTab(name: (typeof TABS)[number]) {
  tab = name;
  changed();
}

// ---- Output

function render(config: EmbedConfig) {
  for (const name of TABS) {
    const button = document.getElementById(tabId(name))!;
    button.setAttribute('aria-selected', String(name === tab));
    button.tabIndex = name === tab ? 0 : -1;
  }
  $('#snippet-panel').setAttribute('aria-labelledby', tabId(tab));
  const feed = lastCheck?.feed;
  snippetCode.textContent =
    tab === 'HTML'
      ? htmlSnippet(config, release)
      : tab === 'Pre-rendered'
        ? feed
          ? prerenderedSnippet(config, release, feed)
          : ''
        : frameworkSnippets(config)[tab];
  note.textContent =
    tab === 'HTML'
      ? config.script === 'self'
        ? `Copy wcit.js and wcit-2012.json (version ${release.version}) side by side to ${config.selfUrl || 'your site'}; the integrity value is that file's.`
        : `Pinned to version ${release.version}: the integrity value makes the browser refuse any other file.`
      : tab === 'Pre-rendered'
        ? feed
          ? 'The letter, the count and the sign-on link are in the HTML itself: readable without JavaScript, by search engines, and where a CMS strips the script; the elements then show the live feed without moving anything. Copy it again when the letter changes.'
          : 'Pre-rendering needs the feed: the check above says what keeps it from being read.'
        : `npm install wcit-embed@${release.version}; the elements read the default feed the package ships beside wcit.js, or the feed named by src.`;
  // Said plainly when the feed lacks the chosen language (the letter then stays in the feed's, marked with its lang).
  // (Nothing is missing from the page's own language: no note, and no Intl.DisplayNames made at load.)
  const missing = feed && config.lang ? missingNote(feed, config.lang, config.letter) : '';
  if (missing) note.textContent += ` ${missing}`;
  // The HTML snippets start with the rules that hold the elements' space (src/cli/embed/index.ts reserveCss).
  if ((tab === 'HTML' || tab === 'Pre-rendered') && snippetCode.textContent.includes(':not(:defined)')) {
    note.textContent += config.inlineStyle
      ? ' Its <style> holds the elements’ space until the script runs. If your site’s Content-Security-Policy refuses inline styles, say so under Options.'
      : ' Move the rules of its first comment into your site’s stylesheet: they hold the elements’ space until the script runs.';
  }
  renderPreview(config);
  renderContrast(config);
}

// ---- The preview
//
// The live preview runs the snippet: wcit.js boots in the frame, reads the
// feed and renders, on this page's main thread (the frame is same-origin, so
// the tests can read it). That work would block the page while it loads
// (Lighthouse counted ~250 ms of it on a throttled phone), for a preview of
// the defaults nobody has touched yet. So the first preview is the same
// snippet pre-rendered from the feed the check has just read (the letter, the
// count and the sign-on link as HTML, in the boxes the elements keep: no
// script, nothing to boot), and the live one takes its place at the first
// sign of a person (a pointer, a key, a touch, a scroll) or a change.

/** Whether the preview runs the elements (else it is the pre-rendered first preview). */
let live = false;
const WAKE = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel', 'scroll'] as const;
function wake() {
  if (live) return;
  live = true;
  for (const type of WAKE) removeEventListener(type, wake, true);
  update();
}
for (const type of WAKE) addEventListener(type, wake, { capture: true, passive: true });

/** A change the person made: the preview is live from then on. */
function changed() {
  if (live) update();
  else wake();
}

/** The pre-rendered snippet with its script and the feed's hint left out: what the elements will show, as plain HTML (made by the worker). */
const staticPreview = async (config: EmbedConfig, check: FeedCheck & { feed: Feed }) =>
  (await ask({ config, release: localRelease, feed: check.feed, script: localScript, feedUrl: check.url })).html!
    .split('\n')
    .filter((line) => !/^<(script|link) /.test(line))
    .join('\n');

let lastPreview = '';
function renderPreview(config: EmbedConfig) {
  const check = lastCheck;
  if (live) showPage(config, liveBody(config));
  else if (check?.feed) {
    const feed = check.feed;
    void staticPreview(config, { ...check, feed }).then((body) => {
      // Unless a change made it live meanwhile.
      if (live || lastCheck !== check) return;
      showPage(config, body, true);
      // A pointer that comes to rest over the preview itself wakes it too.
      const frame = preview;
      frame.addEventListener('load', () => WAKE.forEach((type) => frame.contentWindow?.addEventListener(type, wake, { capture: true, passive: true })), { once: true });
    });
  }
  // A feed that cannot be read has nothing to pre-render: the first preview is the live one (its fallbacks).
  else if (check) wake();
  // Until the check has answered, the frame stays blank (its box is kept).
}

/** The live preview's body: the snippet, run. The pre-rendered tab shows the checked feed; without one, the plain snippet. */
function liveBody(config: EmbedConfig): string {
  const checked = tab === 'Pre-rendered' && lastCheck?.feed ? { feed: lastCheck.feed, url: lastCheck.url } : undefined;
  return checked ? prerenderedSnippet(config, localRelease, checked.feed, { script: localScript, feedUrl: checked.url }) : htmlSnippet(config, localRelease, localScript);
}

/** `body` in the preview's blank page (in the page's background colour, and, for a strict CSP, with the snippet's rules as the site's stylesheet). */
function showPage(config: EmbedConfig, body: string, prerendered = tab === 'Pre-rendered' && !!lastCheck?.feed) {
  const background = parseHex(String(new FormData(form).get('pageBackground') ?? '#ffffff')) ?? [255, 255, 255];
  const dark = readableOn(background)[0] === 255;
  // Where the snippet leaves its rules to the site's stylesheet, the preview page is that site.
  const siteRules = config.inlineStyle ? '' : styleRules(config, prerendered).join('\n');
  const doc = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Preview</title>
<style>html { color-scheme: ${dark ? 'dark' : 'light'}; } body { margin: 1rem; font: 1rem/1.5 system-ui, sans-serif; background: ${toHex(background)}; color: ${dark ? '#f2f2f2' : '#1d1d1f'}; } a { color: inherit; }
${siteRules}</style>
</head><body>
${body}
</body></html>`;
  if (doc === lastPreview) return;
  lastPreview = doc;
  showInPreview(doc);
}

// Each preview is a new frame in place of the last (same box, so nothing
// moves): WebKit drops a `srcdoc` set while the previous document is still
// loading and keeps the older page on show.
function showInPreview(doc: string) {
  const next = preview.cloneNode() as HTMLIFrameElement;
  next.srcdoc = doc;
  preview.replaceWith(next);
  preview = next;
}

// The preview keeps its size (site.css): it scrolls inside, so the page never moves as it changes.

/**
 * The colour rule of the elements (issue #15), shown live: the label on the
 * accent is black or white, whichever reads (the snippet writes it, for
 * browsers without CSS contrast-color()); text in the accent on the page is
 * the accent kept at an OKLCH lightness of at most 0.48 on a light page, at
 * least 0.76 on a dark one; the focus ring has two tones.
 */
function renderContrast(config: EmbedConfig) {
  const background: Rgb = parseHex(String(new FormData(form).get('pageBackground') ?? '')) ?? [255, 255, 255];
  const darkPage = readableOn(background)[0] === 255;
  const accent = parseHex(config.accent || DEFAULT_ACCENT)!;
  const label = parseHex(config.accent ? accentContrastOf(config) : '#ffffff')!;
  const ink = inkOf(accent, darkPage);
  const onAccent = contrast(accent, label);
  const inkRatio = contrast(ink, background);
  const rows: [what: string, ratio: number, needed: number, note: string][] = [
    ['Button label on the colour', onAccent, 4.5, onAccent < 4.5 ? ` Set the label colour to ${toHex(readableOn(accent))}.` : ''],
    [
      `The colour as text on your page (outline button, "Show all", "Read the full letter"), drawn as ${toHex(ink)}`,
      inkRatio,
      4.5,
      toHex(ink) === toHex(accent) ? '' : ` The elements darken or lighten ${toHex(accent)} to it by themselves (OKLCH lightness at most 0.48 on a light page, at least 0.76 on a dark one).`,
    ],
  ];
  const items = rows.map(([what, ratio, needed, note]) => {
    const li = document.createElement('li');
    const pass = ratio >= needed;
    li.className = pass ? 'pass' : 'fail';
    li.textContent = `${pass ? '✓' : '✗'} ${what}: ${ratio.toFixed(2)}:1 (needs ${needed}:1).${note}`;
    return li;
  });
  const ring = document.createElement('li');
  ring.className = 'pass';
  ring.textContent = '✓ Focus ring: two tones, the text colour with a white or black band, so it shows on any background.';
  contrastList.replaceChildren(...items, ring);
}

function update() {
  render(readConfig());
}
// The snippets in a language other than English are right once its words are here (the page's own language needs none).
void catalogues.then(() => readConfig().lang && update());

// ---- The live feed check

let checking = 0;
/** The last feed check: the pre-rendered variant is made from its feed. */
let lastCheck: FeedCheck | undefined;
async function runCheck() {
  const input = readConfig().src;
  const ticket = ++checking;
  feedStatus.textContent = 'Checking the feed…';
  const result = (await ask({ check: input || defaultFeedUrl, base: document.baseURI })).check!;
  if (ticket !== checking) return;
  lastCheck = result;
  // What the member's webmaster needs (can the page read it, and what is wrong if not) is shown; the host's
  // configuration (caching, CORS seen from here, compression) is the organiser's, folded away and said so.
  const forOrganiser = (f: FeedCheck['findings'][number]) => f.level === 'warning' || /check-host/.test(f.message);
  const list = (findings: FeedCheck['findings'], note = false) => {
    const ul = document.createElement('ul');
    for (const finding of findings) {
      const li = document.createElement('li');
      li.className = note ? 'note' : finding.level;
      li.textContent = `${note ? '•' : finding.level === 'ok' ? '✓' : finding.level === 'error' ? '✗' : '!'} ${finding.message}`;
      ul.append(li);
    }
    return ul;
  };
  const notes = result.findings.filter(forOrganiser);
  const organiser = document.createElement('details');
  organiser.className = 'organiser';
  const summary = document.createElement('summary');
  summary.textContent = `Notes for the campaign's organiser (${notes.length}): nothing to do on your site`;
  organiser.append(summary, list(notes, true));
  feedStatus.replaceChildren(list(result.findings.filter((f) => !forOrganiser(f))), ...(notes.length ? [organiser] : []));
  // The fallback links: where the campaign itself points readers and signers (unless the member typed their own).
  const safe = (...urls: (string | undefined)[]) => urls.find((u) => u && isSafeHref(u, ['https:', 'http:']));
  const fill = (name: string, url: string | undefined) => {
    const field = form.elements.namedItem(name) as HTMLInputElement;
    if (!typed.has(name) && url && field.value !== url) field.value = url;
  };
  fill('fallbackUrl', safe(result.feed?.fullListUrl, result.feed?.signOn?.url));
  fill('signUrl', safe(result.feed?.signOn?.url));
  update();
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'fallbackUrl' || target.name === 'signUrl') typed.add(target.name);
  if (target.name === 'src') {
    clearTimeout(timer);
    timer = setTimeout(() => void runCheck(), 400);
  }
  changed();
});
form.addEventListener('change', changed);

// Each colour has a picker and a typed hex field, kept in step; choosing or typing a brand colour applies it.
for (const hex of form.querySelectorAll<HTMLInputElement>('input[data-colour]')) {
  const picker = form.elements.namedItem(hex.dataset.colour!) as HTMLInputElement;
  const useAccent = form.elements.namedItem('useAccent') as HTMLInputElement;
  const applies = () => {
    if (picker.name === 'accent') useAccent.checked = true;
  };
  // A typed value applies once it is a colour; what is not is refused, said beside the field (its
  // description), and the colour stays as it was. The start of a colour is left alone until the field is left.
  const error = document.getElementById(hex.getAttribute('aria-describedby')!)!;
  const refuse = (message: string) => {
    hex.setAttribute('aria-invalid', String(!!message));
    error.textContent = message;
  };
  const wrong = (typed: string) => `${typed ? `"${typed}" is not a colour` : 'No colour typed'}: type # and six hex digits (0–9, a–f), like #00d1b2. The colour stays ${picker.value}.`;
  const apply = (value: Rgb) => {
    refuse('');
    picker.value = toHex(value);
    applies();
    changed();
  };
  hex.addEventListener('input', () => {
    const typed = hex.value.trim();
    if (/^#?[0-9a-f]{6}$/i.test(typed)) apply(parseHex(typed)!);
    else refuse(/^#?[0-9a-f]{0,5}$/i.test(typed) ? '' : wrong(typed));
  });
  hex.addEventListener('change', () => {
    const typed = hex.value.trim();
    const value = parseHex(typed);
    if (value) {
      apply(value);
      hex.value = toHex(value);
    } else refuse(wrong(typed));
  });
  picker.addEventListener('input', () => {
    hex.value = picker.value;
    refuse('');
    applies();
    changed();
  });
}

// Reset: the form's own defaults, then everything made from them again.
form.addEventListener('reset', () => {
  typed.clear();
  for (const hex of form.querySelectorAll<HTMLInputElement>('input[data-colour]')) {
    hex.removeAttribute('aria-invalid');
    document.getElementById(hex.getAttribute('aria-describedby')!)!.textContent = '';
  }
  setTimeout(() => {
    tab = 'HTML';
    changed();
    void runCheck();
  });
});
form.addEventListener('submit', (event) => event.preventDefault());
$('#check-again').addEventListener('click', () => {
  changed();
  void runCheck();
});

$('#copy').addEventListener('click', async () => {
  const status = $('#copied');
  try {
    await navigator.clipboard.writeText(snippetCode.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    // No clipboard permission (an insecure page, an old browser): select it for Ctrl+C.
    getSelection()?.selectAllChildren(snippetCode);
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

update();
void runCheck();
