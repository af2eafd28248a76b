// The controller every element uses, on a minimal host element, against the
// real test feed host.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { FeedController } from '../../src/shared/feed-controller.js';
import { requestArrived, requestLog as log } from '../helpers.js';

class FeedProbe extends LitElement {
  static override properties = { src: {} };
  src = '';
  feedCtl = new FeedController(this);
  loads = 0;
  errors = 0;
  constructor() {
    super();
    this.addEventListener('wcit-load', () => this.loads++);
    this.addEventListener('wcit-error', () => this.errors++);
  }
  override render() {
    return litHtml`<p>${this.feedCtl.feed?.letter[this.feedCtl.feed.defaultLanguage]?.title ?? ''}</p>`;
  }
}
customElements.define('feed-probe', FeedProbe);

let n = 0;
const key = () => `ctl-${Date.now()}-${n++}`;
const shown = (el: FeedProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('FeedController', () => {
  it('reflects the state and tells the page when the feed is read', async () => {
    const el = document.createElement('feed-probe') as FeedProbe;
    el.src = `/api/feed?key=${key()}&delay=100`;
    const loaded = oneEvent(document.body, 'wcit-load');
    document.body.append(el);
    expect(el.getAttribute('state')).to.equal('loading');
    const event = (await loaded) as CustomEvent;
    expect(event.composed, 'composed').to.be.true;
    expect(event.detail.feed.id).to.equal('test-letter');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shown(el)).to.equal('A test letter');
    el.remove();
  });

  it('reports a failure with a message a webmaster understands', async () => {
    const el = document.createElement('feed-probe') as FeedProbe;
    el.src = `/api/feed?key=${key()}&status=404`;
    const failed = oneEvent(document.body, 'wcit-error');
    document.body.append(el);
    const event = (await failed) as CustomEvent;
    expect(event.detail.message).to.match(/^The feed at http:\/\/.+ answered 404 Not Found\.$/);
    expect(el.getAttribute('state')).to.equal('error');
    el.remove();
  });

  it('resolves src against the page and reads the default feed without one', async () => {
    const el = await fixture<FeedProbe>(html`<feed-probe></feed-probe>`);
    await waitUntil(() => el.getAttribute('state') !== 'loading', 'the default feed never loaded', { timeout: 5000 });
    expect(el.feedCtl.url).to.match(/wcit-2012\.json$/);
    await el.updateComplete;
    expect(shown(el)).to.contain('WCIT');
  });

  it('makes one request for three elements on one URL, and none for one added later', async () => {
    const k = key();
    const src = `/api/feed?key=${k}&delay=150`;
    const box = await fixture(html`<div>
      <feed-probe src=${src}></feed-probe><feed-probe src=${src}></feed-probe><feed-probe src=${src}></feed-probe>
    </div>`);
    const probes = [...box.querySelectorAll('feed-probe')] as FeedProbe[];
    await waitUntil(() => probes.every((p) => p.getAttribute('state') === 'ready'));
    const later = document.createElement('feed-probe') as FeedProbe;
    later.src = src;
    box.append(later);
    await waitUntil(() => later.getAttribute('state') === 'ready');
    expect(await log(k)).to.have.length(1);
  });

  it('shows the new feed when src changes mid-request, never the old answer', async () => {
    const k = key();
    const slow = `/api/feed?key=${k}&delay=600&fixture=minimal`;
    const el = await fixture<FeedProbe>(html`<feed-probe src=${slow}></feed-probe>`);
    el.src = `/api/feed?key=${key()}&fixture=no-body`; // refused: an error, so the old letter must not appear
    await waitUntil(() => el.getAttribute('state') === 'error', 'the new src was not followed', { timeout: 3000 });
    // Past the moment the first answer would have come.
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(shown(el)).to.equal('');
    expect(el.loads).to.equal(0);
  });

  it('aborts the request of an element removed mid-request, and fires nothing', async () => {
    const k = key();
    const el = await fixture<FeedProbe>(html`<feed-probe src=${`/api/feed?key=${k}&delay=500`}></feed-probe>`);
    await requestArrived(k);
    el.remove();
    await waitUntil(async () => (await log(k)).some((q) => q.aborted), 'the request was not aborted', { timeout: 3000 });
    expect(el.loads + el.errors).to.equal(0);
  });

  it('keeps loading an element moved in the page', async () => {
    const k = key();
    const box = await fixture(html`<div><section></section><feed-probe src=${`/api/feed?key=${k}&delay=200`}></feed-probe></div>`);
    const el = box.querySelector('feed-probe') as FeedProbe;
    box.querySelector('section')!.append(el);
    await waitUntil(() => el.getAttribute('state') === 'ready');
    expect(el.loads).to.equal(1);
    expect((await log(k)).filter((q) => !q.aborted)).to.have.length(1);
  });

  it('moved in a later task, keeps its feed and state and announces nothing again', async () => {
    const box = await fixture(html`<div><section></section><feed-probe src=${`/api/feed?key=${key()}`}></feed-probe></div>`);
    const el = box.querySelector('feed-probe') as FeedProbe;
    await waitUntil(() => el.getAttribute('state') === 'ready');
    const states: (string | null)[] = [];
    new MutationObserver(() => states.push(el.getAttribute('state'))).observe(el, { attributeFilter: ['state'] });
    for (let i = 0; i < 3; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r, 0));
      (i % 2 ? box : box.querySelector('section')!).append(el);
      await el.updateComplete;
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(el.loads).to.equal(1);
    expect(states).to.deep.equal([]);
    expect(shown(el)).to.not.equal('');
  });

  it('takes src set as a property before the element is defined', async () => {
    const el = document.createElement('feed-probe-late') as HTMLElement & { src: string };
    el.src = `/api/feed?key=${key()}`;
    document.body.append(el);
    customElements.define('feed-probe-late', class extends FeedProbe {});
    await waitUntil(() => el.getAttribute('state') === 'ready');
    el.remove();
  });
});
