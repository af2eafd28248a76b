// The embed configurator of the built site: its snippet, pasted into a blank
// page, renders the same elements with the same options as its preview; its
// integrity is that of the wcit.js the site ships; its feed check and colour
// check say what a webmaster needs to hear.
import { expect, waitUntil } from '@open-wc/testing';
import { crossOrigin, text } from '../helpers.js';
import { integrityOf, openPage, pasteIntoBlankPage, settled, unexpectedLog } from './helpers.js';
import { reserveCss } from '../../src/cli/embed/index.js';

/** Sets a form control the way a person does: value, then input and change events. */
function set(doc: Document, name: string, value: string | boolean) {
  const controls = [...doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
  if (!controls.length) throw new Error(`no control named ${name}`);
  const control = controls.length > 1 ? controls.find((c) => c.value === value)! : controls[0];
  // (No instanceof: the control belongs to the iframe's realm.)
  if (control.type === 'checkbox' || control.type === 'radio') {
    (control as HTMLInputElement).checked = control.type === 'radio' ? true : Boolean(value);
  } else {
    control.value = String(value);
  }
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What a person sees of each element: tag, attributes (but the run-time `state`), state and rendered text. */
function rendered(doc: Document) {
  return [...doc.querySelectorAll<HTMLElement>('wcit-letter, wcit-signatories, wcit-sign-button')].map((el) => ({
    tag: el.localName,
    attributes: [...el.attributes].filter((a) => a.name !== 'state').map((a) => `${a.name}=${a.value}`).sort(),
    state: el.getAttribute('state'),
    text: text(el.shadowRoot),
    links: [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    accent: getComputedStyle(el).getPropertyValue('--wcit-accent').trim(),
  }));
}

/** The elements' tags and attributes as written in a snippet. */
function written(snippet: string): string[] {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  return [...doc.querySelectorAll('wcit-letter, wcit-signatories, wcit-sign-button')].map(
    (el) => [el.localName, ...[...el.attributes].map((a) => `${a.name}=${a.value}`).sort()].join(' '),
  );
}

async function previewSettled(frame: HTMLIFrameElement, snippet: string): Promise<Document> {
  const preview = frame.contentDocument!.querySelector<HTMLIFrameElement>('#preview')!;
  // The preview is re-made on each change: wait for the one made from the last.
  const expected = written(snippet).join('\n');
  // (The elements add attributes they reflect, `state`, `size`…: those are left out.)
  const shown = () => {
    const want = written(snippet);
    const have = written(preview.contentDocument?.body?.innerHTML ?? '');
    return have.map((line, i) => line.split(' ').filter((part) => want[i]?.split(' ').includes(part)).join(' ')).join('\n');
  };
  // (…and the document loaded is the last one made: one made a moment before can hold the same elements in other colours.)
  const styles = (doc: Document) => [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  const last = styles(new DOMParser().parseFromString(preview.srcdoc, 'text/html'));
  await waitUntil(() => preview.contentDocument?.readyState === 'complete' && styles(preview.contentDocument) === last && shown() === expected, undefined, { timeout: 10000 }).catch(() => {
    throw new Error(`the preview never showed the snippet's elements:\n${expected}\nbut:\n${shown()}`);
  });
  await settled(preview.contentDocument!);
  return preview.contentDocument!;
}

/**
 * The configurator once its first feed check has finished (it fills in the
 * fallback link), set to load this site's own copy of wcit.js.
 */
async function selfHostedConfigurator() {
  const frame = await openPage('/site/configurator.html');
  const doc = frame.contentDocument!;
  await waitUntil(() => /Members' pages can read/.test(text(doc.querySelector('#feed-check')) ?? ''), 'the feed check did not finish');
  const wcitJs = `${location.origin}/site/wcit.js`;
  set(doc, 'script', 'self');
  set(doc, 'selfUrl', wcitJs);
  return { frame, doc, wcitJs };
}

describe('the embed configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the snippet pre-rendered from the checked feed at first, with nothing to run, and the live elements from the first move', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const preview = () => doc.querySelector<HTMLIFrameElement>('#preview')!;
    await waitUntil(() => preview().contentDocument?.querySelector('wcit-letter h2'), 'the first preview never came', { timeout: 10000 });
    const first = preview().contentDocument!;
    // What the elements will show, as HTML: the letter's title, the count and the sign-on link; no script, nothing upgraded.
    expect(text(first.querySelector('wcit-letter h2'))).to.equal('Open letter to ITU member states on the WCIT');
    expect(text(first.querySelector('wcit-signatories [data-wcit]'))).to.match(/^18 \w+ have signed$/);
    expect(text(first.querySelector('wcit-sign-button a'))).to.equal('Sign the letter');
    expect(first.querySelector('script')).to.equal(null);
    expect(first.querySelector('wcit-letter')!.shadowRoot).to.equal(null);
    // Its box is the live one's: the frame is not re-laid out, only its document replaced.
    const box = preview().getBoundingClientRect().toJSON();
    // A person moves the pointer over the page: the live snippet takes its place.
    doc.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    const snippet = doc.querySelector('#snippet')!.textContent!;
    const live = rendered(await previewSettled(frame, snippet));
    expect(live.map((e) => [e.tag, e.state])).to.deep.equal([
      ['wcit-signatories', 'ready'],
      ['wcit-sign-button', 'ready'],
      ['wcit-letter', 'ready'],
    ]);
    expect(live[2].text).to.contain('Open letter to ITU member states on the WCIT');
    expect(preview().getBoundingClientRect().toJSON()).to.deep.equal(box);
  });

  it('pins the package version with integrity and crossorigin', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const frame = await openPage('/site/configurator.html');
    const snippet = text(frame.contentDocument!.querySelector('#snippet'))!;
    expect(snippet).to.contain(`src="https://cdn.jsdelivr.net/npm/wcit-embed@${version}/dist/wcit.js"`);
    expect(snippet).to.contain(`integrity="${await integrityOf('/site/wcit.js')}"`);
    expect(snippet).to.contain('crossorigin="anonymous"');
    set(frame.contentDocument!, 'script', 'unpkg');
    expect(text(frame.contentDocument!.querySelector('#snippet'))).to.contain(`src="https://unpkg.com/wcit-embed@${version}/dist/wcit.js"`);
  });

  it('its snippet, pasted into a blank page, renders what its preview shows', async () => {
    const { frame, doc, wcitJs } = await selfHostedConfigurator();
    set(doc, 'list', true);
    set(doc, 'lang', 'es');
    set(doc, 'headingLevel', '3');
    set(doc, 'collapsed', true);
    set(doc, 'showCount', true);
    set(doc, 'attribution', 'our-ngo');
    set(doc, 'useAccent', true);
    set(doc, 'accent', '#00d1b2');
    const snippet = doc.querySelector('#snippet')!.textContent!;
    // The integrity the browser enforces is the shipped file's: a wrong one would block the script.
    expect(snippet).to.contain(`<script type="module" src="${wcitJs}" integrity="${await integrityOf(wcitJs)}" crossorigin="anonymous"></script>`);

    const preview = rendered(await previewSettled(frame, snippet));
    const blank = await pasteIntoBlankPage(snippet);
    await settled(blank.contentDocument!);
    const pasted = rendered(blank.contentDocument!);

    // What holds its box before the feed leads: the count and the button, then the letter and the list.
    expect(pasted.map((e) => e.tag)).to.deep.equal(['wcit-signatories', 'wcit-sign-button', 'wcit-letter', 'wcit-signatories']);
    expect(pasted).to.deep.equal(preview);
    for (const el of pasted) expect(el.state, el.tag).to.equal('ready');
    const [count, button, letter] = pasted;
    expect(letter.attributes).to.include.members(['heading-level=3', 'collapsed=', 'lang=es']);
    expect(count.text).to.match(/^18 firmantes/);
    expect(button.links[0]).to.match(/[?&]ref=our-ngo/);
    expect(button.text).to.match(/^Firmar la carta/);
    expect(snippet).to.contain('<a href="https://cdt.org">Leer la carta completa</a></wcit-letter>');
    // Its <style> holds what is known before the feed until the script runs (as `wcit-feed embed` writes it).
    expect(snippet).to.contain(reserveCss({ elements: ['letter', 'signatories', 'button'], collapsed: true, prerender: false }));
    expect(snippet).to.match(/wcit-letter\[collapsed\]:not\(:defined\).*wcit-signatories\[compact\]:not\(:defined\).*wcit-sign-button:not\(:defined\)/);
    expect(button.text).to.match(/\d/);
    expect(button.accent).to.equal('#00d1b2');
    expect(unexpectedLog(blank)).to.deep.equal([]);
  });

  it('checks the feed live, in the words of the elements and of check-host', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const status = doc.querySelector('#feed-check')!;
    await waitUntil(() => /Members' pages can read this feed/.test(text(status) ?? ''), 'the default feed was not found readable');

    const check = async (src: string, expected: RegExp) => {
      set(doc, 'src', src);
      doc.querySelector<HTMLButtonElement>('#check-again')!.click();
      // (A 3,000-signatory feed is read and checked whole: on a busy machine, more than waitUntil's default second.)
      await waitUntil(() => expected.test(text(status) ?? ''), `no "${expected}" for ${src}: ${text(status)}`, { timeout: 10000 });
    };
    const cross = await crossOrigin();
    await check(`${cross}/api/feed?cors=0`, /Access-Control-Allow-Origin: \*/);
    await check(`${cross}/api/feed?status=404`, /answered 404/);
    await check(`${cross}/api/feed?body=notjson`, /not valid JSON.*web page/);
    await check(`${cross}/api/feed?version=2`, /refuse the feed: version: unsupported feed version 2/);
    await check(`${cross}/api/feed?gen=3000`, /every page with a counter downloads all of it/);
    await check(`${cross}/api/feed?fixture=signatories-unsafe`, /signatories\[\d+\][\w.]*: .*leave this out/);
    await check('/api/feed', /cannot be seen from here: run npx wcit-feed check-host/);
    await check(`${cross}/api/feed?gen=30&split=5`, /Members' pages can read this feed: .*30 signatories.*Other sites may read the feed/);
  });

  it('shows the colour rule live, as the elements apply it', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    set(doc, 'collapsed', true);
    set(doc, 'useAccent', true);
    set(doc, 'accent', '#00d1b2');
    const rows = () => [...doc.querySelectorAll('#contrast li')].map((li) => `${li.className}: ${text(li)}`);
    // Bulma's turquoise: a black label reads (the automatic choice, written for browsers without contrast-color()).
    expect(rows()[0]).to.match(/^pass: .*Button label on the colour: \d+\.\d+:1/);
    expect(text(doc.querySelector('#snippet'))).to.contain('--wcit-accent: #00d1b2; --wcit-accent-contrast: #000000;');
    // As text on white it would read 1.95:1; the elements draw it darker, and the configurator says which colour.
    const row = rows()[1];
    expect(row).to.match(/^pass: .*drawn as #[0-9a-f]{6}: [4-9]\.\d+:1/);
    const said = /drawn as (#[0-9a-f]{6})/.exec(row)![1];
    const snippet = doc.querySelector('#snippet')!.textContent!;
    const preview = await previewSettled(frame, snippet);
    const toggle = preview.querySelector('wcit-letter')!.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
    const drawn = getComputedStyle(toggle).color;
    // The elements' colour (an oklch() as computed), painted to find its sRGB bytes: within two steps per channel.
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    canvas.fillStyle = drawn;
    canvas.fillRect(0, 0, 1, 1);
    const channels = [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    const expected = [1, 3, 5].map((i) => parseInt(said.slice(i, i + 2), 16));
    channels.forEach((c, i) => expect(Math.abs(c - expected[i]), `${drawn} against ${said}`).to.be.at.most(2));
    // A dark page: the colour is lightened instead.
    set(doc, 'pageBackground', '#16181d');
    expect(rows()[1]).to.match(/^pass: .*drawn as #[0-9a-f]{6}/);
  });

  it('gives the same choices as framework recipes, in tabs a keyboard can switch', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    set(doc, 'headingLevel', '3');
    set(doc, 'attribution', 'our-ngo');
    const tabs = [...doc.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).to.include.members(['HTML', 'Pre-rendered', 'React', 'Vue', 'Svelte', 'Angular', 'TypeScript + bundler']);
    expect(tabs[0].getAttribute('aria-selected')).to.equal('true');
    tabs[0].focus();
    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(doc.activeElement?.textContent).to.equal(tabs[1].textContent);
    expect(tabs[1].getAttribute('aria-selected')).to.equal('true');
    expect(tabs[0].getAttribute('aria-selected')).to.equal('false');
    tabs.find((t) => t.textContent === 'React')!.click();
    const react = text(doc.querySelector('#snippet'))!;
    expect(react).to.contain("import 'wcit-embed';");
    expect(react).to.contain("import type {} from 'wcit-embed/react';");
    expect(react).to.contain('<wcit-letter heading-level={3}><a href="https://cdt.org" lang="en">Read the full letter</a></wcit-letter>');
    expect(react).to.match(/<wcit-sign-button attribution="our-ngo"><a href="https:\/\/cdt.org" data-wcit lang="en">Sign the letter<\/a><\/wcit-sign-button>/);
    tabs.find((t) => t.textContent === 'Angular')!.click();
    expect(text(doc.querySelector('#snippet'))).to.contain('<wcit-letter [headingLevel]="3"><a href="https://cdt.org" lang="en">Read the full letter</a></wcit-letter>');
    tabs[0].click();
    expect(text(doc.querySelector('#snippet'))).to.match(/^<style>[^]*<script type="module"[^>]*><\/script>$/);
  });

  it('copies the snippet, or selects it where the clipboard is refused', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => /Copied|Selected/.test(text(doc.querySelector('#copied')) ?? ''), 'no word after copying');
  });

  it('for a site whose CSP refuses inline styles, names the rules for its stylesheet: pasted there, nothing is refused', async () => {
    const { frame, doc } = await selfHostedConfigurator();
    set(doc, 'useAccent', true);
    set(doc, 'accent', '#00d1b2');
    // A page that allows its own scripts and stylesheets, and no inline style
    // (its origin by name: in Firefox, 'self' in a srcdoc page is not the parent's).
    const { origin } = location;
    const head = (rules: string) =>
      `<meta http-equiv="Content-Security-Policy" content="default-src ${origin}; style-src ${origin} blob:">` +
      (rules ? `<link rel="stylesheet" href="${URL.createObjectURL(new Blob([rules], { type: 'text/css' }))}">` : '');
    const inline: Record<string, string> = {};
    for (const strict of [false, true]) {
      set(doc, 'strictCsp', strict);
      for (const tab of ['HTML', 'Prerendered']) {
        doc.querySelector<HTMLElement>(`#tab-${tab}`)!.click();
        const snippet = doc.querySelector('#snippet')!.textContent!;
        const parsed = new DOMParser().parseFromString(snippet, 'text/html');
        const style = parsed.querySelector('style')?.textContent ?? '';
        // The comment's first line says what to do; the rest is for the stylesheet.
        const comment = parsed.createTreeWalker(parsed, NodeFilter.SHOW_COMMENT).nextNode();
        const rules = comment?.textContent!.split('\n').slice(1).join('\n') ?? '';
        if (strict) {
          expect(style, `${tab}: a <style>`).to.equal('');
          // The same rules as the <style> held: the colours and the reserved space.
          expect(rules.trim(), tab).to.equal(inline[tab]);
          expect(text(doc.querySelector('#snippet-note'))).to.contain('into your site’s stylesheet');
        } else {
          expect(comment, tab).to.equal(null);
          expect(style, tab).to.contain('--wcit-accent: #00d1b2;').and.to.contain('wcit-sign-button:not(:defined)');
          inline[tab] = style.trim();
        }
        // The preview is that site, with its stylesheet.
        expect(rendered(await previewSettled(frame, snippet)).map((e) => e.accent), `${tab}: the preview's colour`).to.have.members(['#00d1b2', '#00d1b2', '#00d1b2']);

        const blank = await pasteIntoBlankPage(snippet, { head: head(rules) });
        await settled(blank.contentDocument!);
        const pasted = rendered(blank.contentDocument!);
        expect(pasted.map((e) => e.state), tab).to.deep.equal(['ready', 'ready', 'ready']);
        // With a <style>, the page refuses it and loses the colour; with the rules in its stylesheet, nothing is refused.
        expect(pasted.map((e) => e.accent === '#00d1b2'), tab).to.deep.equal([strict, strict, strict]);
        if (strict) expect(unexpectedLog(blank), tab).to.deep.equal([]);
        else expect(unexpectedLog(blank), tab).to.include('refused by the Content-Security-Policy: style-src-elem inline');
        blank.remove();
      }
    }
  });

  it('writes the pre-rendered variant: the letter readable without scripts, the same elements once upgraded', async () => {
    const { frame, doc, wcitJs } = await selfHostedConfigurator();
    set(doc, 'collapsed', true);
    set(doc, 'showCount', true);
    doc.querySelector<HTMLElement>('#tab-Prerendered')!.click();
    const snippet = doc.querySelector('#snippet')!.textContent!;
    // The elements read the default feed published beside the script; the script comes after the content, with its integrity.
    expect(snippet).to.contain(`<wcit-letter src="${location.origin}/site/wcit-2012.json"`);
    // Pre-rendered content holds its own boxes: only the button's is reserved, and the note says what to do under a strict CSP.
    expect(snippet).to.contain(`<style>\n  ${reserveCss({ elements: ['button'] })}\n  wcit-sign-button + wcit-letter {`);
    expect(snippet).to.match(/<\/style>\n<wcit-signatories/);
    expect(text(doc.querySelector('#snippet-note'))).to.contain('Content-Security-Policy refuses inline styles');
    expect(snippet.trim().split('\n').slice(-2)).to.deep.equal([
      `<script type="module" src="${wcitJs}" integrity="${await integrityOf(wcitJs)}" crossorigin="anonymous"></script>`,
      `<link rel="preload" href="${location.origin}/site/wcit-2012.json" as="fetch" crossorigin="anonymous">`,
    ]);
    // Without scripts: the letter's title, the count and the sign-on link are in the HTML.
    const inert = new DOMParser().parseFromString(snippet, 'text/html');
    expect(text(inert.querySelector('wcit-letter h2'))).to.equal('Open letter to ITU member states on the WCIT');
    expect(text(inert.querySelector('wcit-signatories'))).to.match(/18/);
    expect(inert.querySelector<HTMLAnchorElement>('wcit-sign-button a')?.href).to.equal('https://cdt.org/');

    const preview = rendered(await previewSettled(frame, snippet));
    const blank = await pasteIntoBlankPage(snippet);
    await settled(blank.contentDocument!);
    const pasted = rendered(blank.contentDocument!);
    expect(pasted.map((e) => e.tag)).to.deep.equal(['wcit-signatories', 'wcit-sign-button', 'wcit-letter']);
    expect(pasted.map(({ tag, text, links, state }) => ({ tag, text, links, state }))).to.deep.equal(
      preview.map(({ tag, text, links, state }) => ({ tag, text, links, state })),
    );
    expect(pasted.every((e) => e.state === 'ready')).to.equal(true);
    expect(unexpectedLog(blank)).to.deep.equal([]);
  });
});

/** Types `value` into a field as a person does (input as it changes, change when leaving it). */
function type(field: HTMLInputElement, value: string, { leave = true } = {}) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (leave) field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A computed colour (`rgb(…)`/`rgba(…)`) as [r, g, b, alpha]. */
function rgba(css: string): [number, number, number, number] {
  const [r, g, b, a = 1] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrastOf(a: number[], b: number[]): number {
  const lum = ([r, g, b]: number[]) =>
    [r, g, b].map((c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the configurator\'s controls', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  const snippetOf = (doc: Document) => doc.querySelector('#snippet')!.textContent!;

  it('snippet tabs follow the ARIA pattern: arrows wrap, Home and End go to the first and last, selection follows focus', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const tabs = [...doc.querySelectorAll<HTMLElement>('[role="tab"]')];
    const press = (key: string) => doc.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const selected = () => tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
    const at = (tab: HTMLElement) => {
      expect(doc.activeElement, `focus on ${tab.textContent}`).to.equal(tab);
      expect(selected()).to.deep.equal([tab]);
      // Only the selected tab is in the tab order, and it names the panel.
      expect(tabs.filter((t) => t.tabIndex === 0)).to.deep.equal([tab]);
      expect(doc.querySelector('#snippet-panel')!.getAttribute('aria-labelledby')).to.equal(tab.id);
    };
    tabs[0].focus();
    press('End');
    at(tabs.at(-1)!);
    expect(snippetOf(doc)).to.match(/^\/\/ npm install wcit-embed; in your entry module/);
    press('ArrowRight');
    at(tabs[0]);
    expect(snippetOf(doc)).to.match(/^<style>/);
    press('ArrowLeft');
    at(tabs.at(-1)!);
    press('Home');
    at(tabs[0]);
    press('ArrowRight');
    press('ArrowRight');
    at(tabs[2]);
    // Keys the pattern does not use are left to the browser.
    expect(press('a')).to.equal(true);
    at(tabs[2]);
  });

  it('a typed hex colour applies; what is not a colour is refused with a message, and the colour stays', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const hex = doc.querySelector<HTMLInputElement>('#accent-hex')!;
    const picker = doc.querySelector<HTMLInputElement>('#accent')!;
    const message = doc.getElementById(hex.getAttribute('aria-describedby')!)!;
    type(hex, '#00d1b2');
    expect(picker.value).to.equal('#00d1b2');
    expect(doc.querySelector<HTMLInputElement>('[name="useAccent"]')!.checked, 'typing a brand colour uses it').to.equal(true);
    expect(snippetOf(doc)).to.contain('--wcit-accent: #00d1b2;');
    expect(hex.getAttribute('aria-invalid')).to.equal('false');
    expect(text(message)).to.equal('');

    type(hex, 'tomato');
    expect(hex.getAttribute('aria-invalid')).to.equal('true');
    expect(text(message)).to.match(/^"tomato" is not a colour: type # and six hex digits.*The colour stays #00d1b2\.$/);
    expect(message.checkVisibility(), 'the message is shown').to.equal(true);
    expect(picker.value).to.equal('#00d1b2');
    expect(snippetOf(doc)).to.contain('--wcit-accent: #00d1b2;');

    // The start of a colour is not refused while it is typed; finished without '#', it applies.
    type(hex, '#0b5', { leave: false });
    expect(hex.getAttribute('aria-invalid')).to.equal('false');
    expect(text(message)).to.equal('');
    expect(picker.value).to.equal('#00d1b2');
    type(hex, '0B57D0');
    expect(picker.value).to.equal('#0b57d0');
    expect(hex.value).to.equal('#0b57d0');
    expect(snippetOf(doc)).to.contain('--wcit-accent: #0b57d0;');

    // The page background's field: the colour check follows it.
    const background = doc.querySelector<HTMLInputElement>('#page-background-hex')!;
    const before = text(doc.querySelector('#contrast'));
    type(background, '#16181d');
    expect(doc.querySelector<HTMLInputElement>('#page-background')!.value).to.equal('#16181d');
    expect(text(doc.querySelector('#contrast'))).not.to.equal(before);
    type(background, '#12345');
    expect(text(doc.getElementById(background.getAttribute('aria-describedby')!))).to.match(/^"#12345" is not a colour.*The colour stays #16181d\.$/);
  });

  it('"Start again with the defaults" brings back the default snippet, tab, colours and messages', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    await waitUntil(() => /Members' pages can read/.test(text(doc.querySelector('#feed-check')) ?? ''), 'the feed check did not finish');
    const initial = snippetOf(doc);
    const hex = doc.querySelector<HTMLInputElement>('#accent-hex')!;
    set(doc, 'list', true);
    set(doc, 'lang', 'es');
    set(doc, 'attribution', 'our-ngo');
    type(hex, '#00d1b2');
    type(doc.querySelector<HTMLInputElement>('#page-background-hex')!, 'nope');
    doc.querySelector<HTMLElement>('#tab-React')!.click();
    expect(snippetOf(doc)).not.to.equal(initial);

    doc.querySelector<HTMLButtonElement>('#reset')!.click();
    await waitUntil(() => snippetOf(doc) === initial, `the snippet after reset:\n${snippetOf(doc)}`);
    expect(doc.querySelector('#tab-HTML')!.getAttribute('aria-selected')).to.equal('true');
    expect(hex.value).to.equal('#a4262c');
    expect(doc.querySelector<HTMLInputElement>('[name="useAccent"]')!.checked).to.equal(false);
    expect(doc.querySelector<HTMLInputElement>('[name="lang"]')!.value).to.equal('');
    expect([...doc.querySelectorAll('.field-error')].map((e) => text(e))).to.deep.equal(['', '']);
    expect(doc.querySelectorAll('[aria-invalid="true"]').length).to.equal(0);
  });

  it('shows focus on the selected tab: a ring of 3:1 or more against what surrounds it', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    const tab = doc.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
    tab.focus();
    // Focus given without a pointer, as after Tab: the focus-visible state.
    expect(tab.matches(':focus-visible')).to.equal(true);
    const style = win.getComputedStyle(tab);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // Outside the tab (offset ≥ 0), so it is drawn on the tab list's background, which it must stand out from.
    expect(parseFloat(style.outlineOffset)).to.be.at.least(0);
    let around: Element | null = tab.parentElement;
    while (around && rgba(win.getComputedStyle(around).backgroundColor)[3] === 0) around = around.parentElement;
    const background = around ? rgba(win.getComputedStyle(around).backgroundColor) : [255, 255, 255];
    const ring = rgba(style.outlineColor);
    expect(contrastOf(ring, background), `${style.outlineColor} on ${background}`).to.be.at.least(3);
    // The selected tab is dark: the ring is not lost against it either (the offset leaves the page's colour between them).
    expect(contrastOf(ring, rgba(style.backgroundColor)) >= 3 || parseFloat(style.outlineOffset) >= 2, 'ring against the tab').to.equal(true);
  });

  it('folds the feed host\'s notes into a closed "for the organiser" part, saying the webmaster has nothing to do', async () => {
    const frame = await openPage('/site/configurator.html');
    const doc = frame.contentDocument!;
    const status = doc.querySelector('#feed-check')!;
    await waitUntil(() => /Members' pages can read/.test(text(status) ?? ''), 'the feed check did not finish');
    // What the webmaster sees: only what concerns their page, no amber warning.
    const shown = [...status.querySelectorAll(':scope > ul > li')];
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.map((li) => li.className)).to.deep.equal(shown.map(() => 'ok'));
    expect(shown.map((li) => text(li)).join('\n')).not.to.match(/check-host|Cache-Control/);
    // The host's configuration (this site serves the feed itself: check-host must say if others may read it) is folded.
    const notes = status.querySelector<HTMLDetailsElement>('details.organiser')!;
    expect(notes.open).to.equal(false);
    expect(text(notes.querySelector('summary'))).to.match(/^Notes for the campaign's organiser \(\d+\): nothing to do on your site$/);
    expect(notes.querySelector('ul')!.checkVisibility()).to.equal(false);
    expect(text(notes.querySelector('ul'))).to.match(/npx wcit-feed check-host/);
    expect(notes.querySelectorAll('.warning, .error').length, 'no alarm colours inside').to.equal(0);
  });
});
