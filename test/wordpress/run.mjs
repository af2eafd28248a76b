// `npm run test:wordpress` (and part of `npm test` through test/run.mjs): the
// plugin in a real WordPress, as a webmaster meets it (issue 26). Needs
// Debian's packages `wordpress mariadb-server php-cli php-mysql` (.ci/run
// installs them); without them the suite says so and is skipped, except
// under CI=true, where that is a failure.
//   1. `php -l` on every PHP file of the plugin;
//   2. a private MariaDB and a copy of WordPress on a loopback port
//      (wordpress.mjs), installed through wp-admin/install.php?step=2;
//   3. dist/wcit-embed.zip (npm run build:wordpress) uploaded through
//      Plugins → Add New → Upload with the admin's login cookie and nonce,
//      then activated from the link WordPress gives;
//   4. posts as Administrator, Editor, Author and Contributor (published by
//      an Editor) with shortcodes, blocks, pasted tags in classic content and
//      in a Custom HTML block, and the pre-rendered snippet (posts.php);
//   5. each page read as HTML (script as a module, the stylesheet, nothing
//      wrapped by wpautop) and opened in Chromium (and Firefox ESR when
//      installed): page-check.mjs;
//   6. a post without the widget loads no wcit script; the settings page's
//      host check on a feed with and without CORS, widgets following the
//      setting; uninstall removes the option.
// The last line is `wordpress: N passed, N failed`; WORDPRESS_SUMMARY names a
// file for test/run.mjs's tally.
/* global window, document -- inside the browser's evaluate() */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { client, missing, startWordPress } from './wordpress.mjs';
import { checkPage, judge, launchBrowsers } from './page-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const ZIP = join(root, 'dist/wcit-embed.zip');
const started = Date.now();
const results = []; // [name, ok, note]
let setupSeconds;
let skipped;

function check(name, ok, note = '') {
  results.push([name, !!ok, note]);
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${note && !ok ? `\n    ${note.replace(/\n/g, '\n    ')}` : ''}`);
}

function finish() {
  const passed = results.filter(([, ok]) => ok).length;
  const failed = results.length - passed;
  const seconds = Math.round((Date.now() - started) / 1000);
  if (process.env.WORDPRESS_SUMMARY) writeFileSync(process.env.WORDPRESS_SUMMARY, JSON.stringify({ passed, failed, seconds, setupSeconds, skipped }));
  if (skipped) console.log(`wordpress: skipped (${skipped})`);
  else console.log(`wordpress: ${passed} passed, ${failed} failed (${seconds} s, of which WordPress's set-up ${setupSeconds ?? '?'} s)`);
  process.exitCode = failed ? 1 : 0;
}

const need = missing();
if (need.length) {
  const what = `needs ${need.join(', ')}: apt-get install ${need.join(' ')}`;
  if (process.env.CI === 'true') check('WordPress and its servers are installed', false, what);
  else skipped = what;
  finish();
  process.exit();
}

// 1. Syntax, on the PHP version that will run it.
const phpFiles = [];
const walk = (dir) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.php') && phpFiles.push(join(dir, n))));
walk(join(root, 'wordpress'));
walk(here);
for (const file of phpFiles) {
  let out = '';
  try {
    execFileSync('php', ['-l', file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    out = `${error.stdout}${error.stderr}`;
  }
  check(`php -l ${file.slice(root.length + 1)}`, !out, out);
}

if (!existsSync(ZIP)) {
  check('dist/wcit-embed.zip exists', false, 'run npm run build:wordpress first');
  finish();
  process.exit();
}

const feed = JSON.parse(readFileSync(join(root, 'dist/wcit-2012.json'), 'utf8'));
const { embedSnippet } = await import(join(root, 'dist/cli/embed/index.js'));
const { countSentence } = await import(join(root, 'dist/shared/count-sentence.js'));
const { readFeed } = await import(join(root, 'dist/feed/read.js'));
const { msg } = await import(join(root, 'dist/i18n/runtime.js'));
const expected = {
  title: feed.letter.en.title,
  count: [countSentence(readFeed(feed).feed, 'en'), msg('en', 'signatoryTotal', { n: feed.signatories.length })],
  signUrl: feed.signOn.url,
};

const wp = await startWordPress();
let browsers = [];
let feedServer;
const cleanUp = async () => {
  await Promise.all(browsers.map(({ browser }) => browser.close().catch(() => {})));
  feedServer?.close();
  await wp.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().then(() => process.exit(1)));

try {
  const admin = client(wp.url);
  const form = (fields) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const html = async (res) => (await res).text();
  const attr = (page, pattern) => page.match(pattern)?.[1]?.replace(/&amp;/g, '&');

  // 2. Install, as the installer's second step posts it.
  const installed = await html(
    admin.request('/wp-admin/install.php?step=2', form({ weblog_title: 'NGO test site', user_name: 'admin', admin_password: 'correct horse battery', admin_password2: 'correct horse battery', pw_weak: '1', admin_email: 'admin@example.org', blog_public: '0', language: '' })),
  );
  check('WordPress installs through install.php?step=2', /Success!|wp-login\.php/.test(installed), installed.slice(0, 500));

  // 3. Log in, upload the zip through the admin's form, activate.
  await admin.request('/wp-login.php');
  const login = await admin.request('/wp-login.php', form({ log: 'admin', pwd: 'correct horse battery', 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${wp.url}/wp-admin/` }));
  check('the administrator logs in', login.status === 302 && [...admin.jar.keys()].some((k) => k.startsWith('wordpress_logged_in_')), `status ${login.status}`);

  const uploadPage = await html(admin.request('/wp-admin/plugin-install.php?tab=upload'));
  const nonce = attr(uploadPage, /<form[^>]*upload-plugin[\s\S]*?name="_wpnonce" value="([^"]+)"/);
  const body = new FormData();
  body.set('_wpnonce', nonce ?? '');
  body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
  body.set('pluginzip', new Blob([readFileSync(ZIP)], { type: 'application/zip' }), 'wcit-embed.zip');
  body.set('install-plugin-submit', 'Install Now');
  const uploaded = await html(admin.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body }));
  check('the zip installs through Plugins → Add New → Upload', /Plugin installed successfully/.test(uploaded), uploaded.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(-600));
  const activate = attr(uploaded, /href="([^"]*action=activate[^"]*plugin=wcit-embed%2Fwcit-embed\.php[^"]*)"/);
  const activated = activate ? await admin.request(new URL(activate, `${wp.url}/wp-admin/`).href) : undefined;
  const state = JSON.parse(wp.php(join(here, 'posts.php'), { action: 'state' }));
  check('the plugin activates from the link WordPress gives', activated?.status === 302 && state.active, `activate link ${activate ? 'found' : 'missing'}, status ${activated?.status}`);
  setupSeconds = Math.round((Date.now() - started) / 100) / 10;

  // 4. The posts.
  const assets = `${wp.url}/wp-content/plugins/wcit-embed/assets/`;
  const snippetOf = (prerender) => embedSnippet(readFeed(feed).feed, { src: `${assets}wcit-2012.json`, script: `${assets}wcit.js`, prerender });
  const kinds = {
    shortcodes: '[wcit_letter]\n\n[wcit_signatories compact="1"]\n\n[wcit_sign_button show_count="1"]',
    'shortcodes inside a paragraph': 'Please read and sign: [wcit_letter heading_level="3"] and [wcit_signatories compact="1"] then [wcit_sign_button size="large"]\nThank you.',
    'Shortcode block': '<!-- wp:shortcode -->\n[wcit_letter collapsed="1"]\n<!-- /wp:shortcode -->\n\n<!-- wp:paragraph -->\n<p>Signed by:</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[wcit_signatories]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[wcit_sign_button variant="outline"]\n<!-- /wp:shortcode -->',
    blocks: '<!-- wp:wcit-embed/letter /-->\n\n<!-- wp:wcit-embed/signatories {"compact":true} /-->\n\n<!-- wp:wcit-embed/sign-button {"showCount":true} /-->',
    'pasted snippet, classic content': `Our coalition signed.\n\n${snippetOf(false)}\nShare it.`,
    'pre-rendered snippet, classic content': `Our coalition signed.\n\n${snippetOf(true)}\nShare it.`,
    'pasted snippet, Custom HTML block': `<!-- wp:html -->\n${snippetOf(false)}<!-- /wp:html -->`,
  };
  const roles = ['administrator', 'editor', 'author', 'contributor'];
  const wanted = roles.flatMap((role) => Object.entries(kinds).map(([kind, content]) => ({ role, title: `${role}: ${kind}`, content, kind })));
  wanted.push({ role: 'author', title: 'A post without the widget', content: 'Just news.', kind: 'none' });
  wanted.push({
    role: 'author',
    title: 'Shortcodes with bad values',
    kind: 'bad',
    content: '[wcit_letter src="javascript:alert(1)"]\n\n[wcit_sign_button attribution=\'"><img src=x onerror=alert(1)>\' bogus="1" size="huge" href="javascript:alert(2)"]',
  });
  const posts = JSON.parse(wp.php(join(here, 'posts.php'), { posts: wanted })).map((p, i) => ({ ...wanted[i], ...p }));
  const contributors = posts.filter((p) => p.role === 'contributor');
  check("an Editor publishes the Contributors' posts", contributors.length && contributors.every((p) => p.status === 'publish'));
  for (const p of posts.filter((p) => /pasted|pre-rendered/.test(p.kind) && ['author', 'contributor'].includes(p.role))) {
    check(`${p.title}: the <wcit-*> tags survive kses, the <style> is taken out`, ['<wcit-letter', '<wcit-signatories', '<wcit-sign-button'].every((t) => p.stored.includes(t)) && !/<style|:not\(:defined\)/.test(p.stored), p.stored.slice(0, 400));
  }

  // 5. Each page as HTML, then in the browsers.
  const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  const launched = await launchBrowsers({ firefox });
  browsers = launched.browsers;
  for (const [name, error] of launched.failed) check(`${name} starts (its pages are checked in Chromium only)`, false, error.message);
  for (const p of posts) {
    const page = await html(fetch(p.url));
    const script = /<script type="module" src="[^"]*\/wcit-embed\/assets\/wcit\.js\?ver=[^"]*"/.test(page.replace(/'/g, '"'));
    if (p.kind === 'none') {
      check(`${p.title}: no wcit script or stylesheet in the page`, !/wcit/.test(page), page.match(/.{80}wcit.{80}/s)?.[0]);
      for (const { name, browser } of browsers) {
        const seen = await checkPage(browser, p.url);
        check(`${p.title} (${name}): requests nothing of wcit`, !seen.requests.some((u) => /wcit/.test(u)), seen.requests.filter((u) => /wcit/.test(u)).join(', '));
      }
      continue;
    }
    if (p.kind === 'bad') {
      const body = page.slice(page.indexOf('<main'));
      check(`${p.title}: a javascript: src is refused, no element made with it`, !/javascript:/.test(body) && /wcit-embed: the src was refused/.test(body), body.match(/.{0,200}javascript:.{0,100}/s)?.[0]);
      const button = body.match(/<wcit-sign-button[^>]*>/)?.[0] ?? '';
      // kses (an Author's save) or sanitize_text_field takes the tag out of the value; what is left is escaped.
      check(`${p.title}: values escaped, unknown and bad ones left out`, /^<wcit-sign-button attribution="&quot;&gt;[^"<>]*" lang="en">$/.test(button) && !/bogus|size=|href=/.test(button), button);
      continue;
    }
    const body = page.slice(page.indexOf('<body'));
    check(`${p.title}: the script as a module and the stylesheet, once each`, script && (page.match(/wcit-embed\/assets\/wcit\.js\?ver/g) ?? []).length === 1 && (page.match(/wcit-embed\/assets\/wcit-embed\.css/g) ?? []).length === 1);
    const broken = body.match(/<p>\s*<\/?wcit-[^>]*>|<\/wcit-[a-z-]+>\s*(<br \/>|<\/p>)/);
    check(`${p.title}: no <p> or <br> wrapped around the elements`, !broken, broken?.[0]);
    if (p.kind !== 'pasted snippet, classic content' && p.kind !== 'pasted snippet, Custom HTML block') {
      const inside = body.match(/<wcit-letter[^>]*>([\s\S]*?)<\/wcit-letter>/)?.[1] ?? '';
      check(`${p.title}: the letter is in the HTML, inside <wcit-letter>`, inside.includes(expected.title.replace(/'/g, '&#39;')) || inside.includes(expected.title), inside.slice(0, 200));
    }
    for (const { name, browser } of browsers) {
      const problems = judge(await checkPage(browser, p.url), expected);
      check(`${p.title} (${name}): ready, the letter once, the count, the sign link`, !problems.length, problems.join('\n'));
    }
  }

  // The block editor: the three blocks registered, their options in the
  // sidebar, the preview the server's HTML, upgraded by the script.
  const editorPost = posts.find((p) => p.title === 'author: blocks');
  // Its own context: the admin's cookies stay out of the visitors' pages.
  const editorContext = await browsers[0].browser.createBrowserContext();
  const editor = await editorContext.newPage();
  try {
    const errors = [];
    editor.on('pageerror', (e) => errors.push(e.message));
    await editor.setViewport({ width: 1280, height: 900 });
    await editor.setCookie(...[...admin.jar].map(([name, value]) => ({ name, value, url: wp.url })));
    // The editor is heavy on a loaded machine: a minute, not the pages' 20 s.
    await editor.goto(`${wp.url}/wp-admin/post.php?post=${editorPost.id}&action=edit`, { waitUntil: 'load', timeout: 60_000 });
    const registered = await editor.waitForFunction(() => window.wp?.blocks?.getBlockType('wcit-embed/sign-button') && ['letter', 'signatories', 'sign-button'].every((b) => window.wp.blocks.getBlockType(`wcit-embed/${b}`)), { timeout: 60_000 }).then(() => true, () => false);
    check('block editor: the three blocks are registered', registered);
    const preview = await editor
      .waitForFunction(() => ['wcit-letter', 'wcit-signatories', 'wcit-sign-button'].every((t) => document.querySelector(`.editor-styles-wrapper ${t}`)?.getAttribute('state') === 'ready'), { timeout: 60_000 })
      .then(() => true, () => false);
    check('block editor: the preview shows the three elements, ready', preview);
    await editor.keyboard.press('Escape'); // the welcome guide, if shown
    await editor.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      const letter = select('core/block-editor').getBlocks().find((b) => b.name === 'wcit-embed/letter');
      dispatch('core/block-editor').selectBlock(letter.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const controls = await editor
      .waitForFunction(() => /Heading level[\s\S]*Show the opening only/.test(document.querySelector('.interface-complementary-area')?.textContent ?? ''), { timeout: 20_000 })
      .then(() => true, () => false);
    check('block editor: the letter\'s sidebar has its options', controls);
    check('block editor: no script error', !errors.length, errors.join('\n'));
  } catch (error) {
    check('block editor: opens', false, error.message);
  } finally {
    await editorContext.close().catch(() => {});
  }

  // 6. The settings page: the default feed, checked as `wcit-feed check-host` would.
  const feedBody = readFileSync(join(root, 'dist/wcit-2012.json'));
  feedServer = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/cors.json') res.setHeader('access-control-allow-origin', '*');
    res.end(feedBody);
  });
  await new Promise((r) => feedServer.listen(0, '127.0.0.1', r));
  const feedUrl = (path) => `http://127.0.0.1:${feedServer.address().port}${path}`;
  const save = async (value) => {
    const settings = await html(admin.request('/wp-admin/options-general.php?page=wcit-embed'));
    const saved = await admin.request('/wp-admin/options.php', form({ option_page: 'wcit_embed', action: 'update', _wpnonce: attr(settings, /name="_wpnonce" value="([^"]+)"/) ?? '', _wp_http_referer: '/wp-admin/options-general.php?page=wcit-embed', wcit_embed_feed_url: value }));
    return html(admin.request(saved.headers.get('location') ?? '/wp-admin/options-general.php?page=wcit-embed'));
  };
  const noCors = await save(feedUrl('/no-cors.json'));
  check('settings: a feed without CORS is reported', /CORS: no Access-Control-Allow-Origin header/.test(noCors), noCors.match(/<div[^>]*notice[\s\S]{0,600}/)?.[0]);
  const good = await save(feedUrl('/cors.json'));
  check('settings: a well-served feed passes the host check', /CORS: Access-Control-Allow-Origin: \*/.test(good) && /format: a version 1 feed/.test(good) && !/notice-error/.test(good), good.match(/<div[^>]*notice[\s\S]{0,600}/)?.[0]);
  const shortcodes = posts.find((p) => p.title === 'author: shortcodes');
  const following = await html(fetch(shortcodes.url));
  check('settings: widgets that name no feed read the one set', (following.match(new RegExp(`src="${feedUrl('/cors.json').replace(/[.?]/g, '\\$&')}"`, 'g')) ?? []).length === 3);
  const problems = judge(await checkPage(browsers[0].browser, shortcodes.url), expected);
  check('settings: the set feed is read in the browser (Chromium)', !problems.length, problems.join('\n'));

  // Uninstall removes the option (and nothing else is stored).
  const after = JSON.parse(wp.php(join(here, 'posts.php'), { action: 'uninstall' }));
  check('uninstall removes the setting', after.option === null, JSON.stringify(after));
} catch (error) {
  check('the suite ran to its end', false, error.stack);
} finally {
  await cleanUp();
}
finish();
