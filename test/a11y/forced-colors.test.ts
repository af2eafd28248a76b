// Readable in forced-colours mode (Windows High Contrast): the browser
// replaces colours and drops backgrounds, so whatever carries meaning must be
// drawn with text, borders or outlines. Chromium only (see the plugin).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';

type Feedish = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const SRC = '/api/feed?fixture=minimal';
const forced = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('forced-colours mode', function () {
  before(async function () {
    if (!(await forced(true))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
  });
  after(() => forced(false));

  async function ready<T extends Feedish>(template: ReturnType<typeof html>): Promise<T> {
    const el = await fixture<T>(template);
    await waitUntil(() => el.state === 'ready', 'the feed never loaded');
    await el.updateComplete;
    return el;
  }

  it('draws the sign button with a border, since its background is gone', async () => {
    const el = await ready(html`<wcit-sign-button src=${SRC}></wcit-sign-button>`);
    const style = getComputedStyle($(el, 'a'));
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });

  it('keeps the letter toggle a visible button', async () => {
    const el = await ready(html`<wcit-letter collapsed src=${SRC}></wcit-letter>`);
    const style = getComputedStyle($(el, 'button'));
    expect(style.borderTopStyle).not.to.equal('none');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });

  it('keeps the loading placeholder visible', async () => {
    const el = await fixture<Feedish>(html`<wcit-letter src=${`${SRC}&delay=2000`}></wcit-letter>`);
    const bar = $(el, '[part=placeholder] span:not(.visually-hidden)');
    const style = getComputedStyle(bar);
    expect(parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth), 'bars drawn with borders').to.be.at.least(1);
  });

  it('shows a focus ring', async () => {
    const el = await ready(html`<wcit-sign-button src=${SRC}></wcit-sign-button>`);
    const link = $(el, 'a');
    link.focus();
    expect(link.matches(':focus-visible'), 'focus is shown after a focus with no mouse in play').to.be.true;
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
