// The shared loader against a real HTTP host (test/server/feed-server.mjs),
// on this origin and on a second one that answers no CORS preflight.
import { expect, waitUntil } from '@open-wc/testing';
import { subscribe, revalidate, loadSignatories, type FeedResult } from '../../src/feed/loader.js';
import { crossOrigin, requestArrived, requestLog as log, skipIn } from '../helpers.js';

let n = 0;
const key = () => `loader-${Date.now()}-${n++}`;
const here = (query: string) => new URL(`/api/feed?${query}`, location.href).href;

/** Subscribes and resolves with the first result. */
function first(url: string, options?: { timeout?: number }): Promise<FeedResult> {
  return new Promise((resolve) => {
    const stop = subscribe(url, (r) => (stop(), resolve(r)), options);
  });
}

/**
 * Listens to a feed whose signatory count the test sets (`/api/mutable`),
 * starting at `count`, once the first result has arrived.
 */
async function listenToMutable(count: number) {
  const k = key();
  const url = new URL(`/api/mutable?key=${k}`, location.href).href;
  const setCount = (n: number) => fetch(`/api/mutable/set?key=${k}&count=${n}`);
  await setCount(count);
  const heard: FeedResult[] = [];
  const stop = subscribe(url, (r) => heard.push(r));
  await waitUntil(() => heard.length === 1);
  return { url, heard, stop, setCount };
}

describe('the feed loader', () => {
  describe('reads a good feed', () => {
    it('gives the parsed feed', async () => {
      const r = await first(here(`key=${key()}`));
      expect(r.ok).to.be.true;
      if (r.ok) expect(r.feed.letter.en.title).to.equal('A test letter');
    });

    it('waits for a slow host', async () => {
      const r = await first(here(`key=${key()}&delay=400`));
      expect(r.ok).to.be.true;
    });

    it('reads a feed from another origin whose host answers no preflight, with one simple GET', async () => {
      const k = key();
      const r = await first(`${await crossOrigin()}/api/feed?key=${k}`);
      expect(r.ok, r.ok ? '' : r.message).to.be.true;
      const requests = await log(k);
      expect(requests.map((q) => q.method)).to.deep.equal(['GET']);
    });

    // Credentials mode 'same-origin' (what a preload hint with crossorigin
    // requests, see loader.ts): the page's own cookies go only to its own
    // origin; here the feed is on another port of the same host, so a
    // credentialed request would carry the cookie.
    it('sends no cookies to a feed on another origin', async () => {
      document.cookie = 'wcit-test=tracking; path=/';
      const k = key();
      await first(`${(await crossOrigin()).replace('127.0.0.1', location.hostname)}/api/feed?key=${k}`);
      const [request] = await log(k);
      expect(request.headers).not.to.have.property('cookie');
      document.cookie = 'wcit-test=; max-age=0; path=/';
    });
  });

  describe('explains what went wrong, for a webmaster', () => {
    const message = async (url: string, options?: { timeout?: number }) => {
      const r = await first(url, options);
      expect(r.ok).to.be.false;
      return r.ok ? '' : r.message;
    };

    it('a missing feed', async () => {
      const url = here(`key=${key()}&status=404`);
      expect(await message(url)).to.equal(`The feed at ${url} answered 404 Not Found.`);
    });

    it('a failing host', async () => {
      expect(await message(here(`key=${key()}&status=500`))).to.contain('answered 500 Internal Server Error');
    });

    it('a web page instead of JSON', async () => {
      const m = await message(here(`key=${key()}&body=notjson`));
      expect(m).to.contain('is not valid JSON').and.to.contain('looks like a web page');
    });

    it('malformed JSON, with where it breaks', async () => {
      const m = await message(here(`key=${key()}&body=malformed`));
      expect(m).to.contain('is not valid JSON');
      // The body ends inside an object, after line 3's 13 characters: every
      // engine's message names that place (WebKit's through jsonErrorAt).
      expect(m).to.match(/line 3 column 14\b/);
    });

    it('a host that does not answer in time', async () => {
      const url = here(`key=${key()}&delay=3000`);
      expect(await message(url, { timeout: 300 })).to.equal(`The feed at ${url} did not answer within 300 ms.`);
    });

    it('a host on another origin that does not allow reading (no CORS header)', async () => {
      const url = `${await crossOrigin()}/api/feed?key=${key()}&cors=0`;
      const m = await message(url);
      expect(m).to.contain(`The feed at ${url} could not be reached`).and.to.contain('Access-Control-Allow-Origin: *');
    });

    it('an unsupported version', async () => {
      expect(await message(here(`key=${key()}&version=2`))).to.contain('unsupported feed version 2');
    });

    it('a feed that breaks the format, with its JSON path', async () => {
      const m = await message(here(`key=${key()}&fixture=no-body`));
      expect(m).to.contain('was refused: letter').and.to.contain('body');
    });

    it('a 20,000-deep array as a block type or as the version: a result, not a stack overflow', async () => {
      const deep = (inner: string) => '['.repeat(20_000) + inner + ']'.repeat(20_000);
      const body = (version: string, type: string) =>
        `{"version":${version},"id":"x","defaultLanguage":"en","letter":{"en":{"title":"T","body":[{"type":"paragraph","content":["ok"]},{"type":${type},"content":[]}]}},"signatories":[]}`;
      const blob = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const typed = await first(blob(body('1', deep('"paragraph"'))));
      expect(typed.ok && typed.feed.letter.en!.body).to.deep.equal([{ type: 'paragraph', content: ['ok'] }]);
      const versioned = blob(body(deep('1'), '"heading"'));
      expect(await message(versioned)).to.equal(`The feed at ${versioned} was refused: version: unsupported feed version an array.`);
    });

    it('each part left out, in one warning of its own, in order, before the feed is given', async () => {
      const url = here(`key=${key()}&fixture=letter-unsafe`);
      const said: string[] = [];
      const real = console.warn;
      console.warn = (line: string) => said.push(line);
      let before: string[] = [];
      try {
        await new Promise<void>((resolve) => {
          const stop = subscribe(url, () => {
            before = [...said];
            stop();
            resolve();
          });
        });
      } finally {
        console.warn = real;
      }
      const link = (i: number, href: string) => `wcit-embed: ${url}: letter.en.body[0].content[${i}].href: expected an http(s) or mailto: URL, got ${href} (left out)`;
      expect(before).to.deep.equal([link(1, '"javascript:alert(1)"'), link(3, '"data:text/html,<script>alert(1)</script>"')]);
    });

    it('a file saved as UTF-16: names the encoding, not a JSON token', async () => {
      const url = here(`key=${key()}&body=utf16`);
      expect(await message(url)).to.equal(`The feed at ${url} is not UTF-8: save it as UTF-8.`);
    });

    it('a file that is not UTF-8', async () => {
      const url = here(`key=${key()}&body=latin1`);
      expect(await message(url)).to.equal(`The feed at ${url} is not UTF-8: save it as UTF-8.`);
    });

    for (const fault of ['short', 'reset'])
      it(`a body cut short (${fault}): the host answered, so it is not blamed on CORS`, async () => {
        const url = here(`key=${key()}&body=${fault}`);
        const m = await message(url);
        expect(m).to.contain(`The feed at ${url} broke off while downloading`);
        expect(m).not.to.contain('Access-Control-Allow-Origin');
      });

    it('a body still arriving when time is up: says so, not "did not answer"', async () => {
      const url = here(`key=${key()}&body=slow`);
      expect(await message(url, { timeout: 1500 })).to.equal(`The feed at ${url} was still downloading after 2 seconds.`);
    });

    describe('on a page whose fetch misbehaves', () => {
      const real = window.fetch;
      afterEach(() => (window.fetch = real));

      it('a fetch that never settles still ends, at the time limit', async () => {
        window.fetch = () => new Promise(() => {});
        const url = here(`key=${key()}`);
        expect(await message(url, { timeout: 200 })).to.equal(`The feed at ${url} did not answer within 200 ms.`);
      });

      it('a fetch that throws is named, and CORS is not blamed', async () => {
        window.fetch = () => {
          throw new Error('blocked by a privacy extension');
        };
        const url = here(`key=${key()}`);
        expect(await message(url)).to.equal(`The feed at ${url} could not be requested (Error: blocked by a privacy extension).`);
      });

      it('a fetch whose body never ends is given up at the time limit', async () => {
        window.fetch = async () => ({ ok: true, status: 200, text: () => new Promise<never>(() => {}) }) as unknown as Response;
        const url = here(`key=${key()}`);
        expect(await message(url, { timeout: 200 })).to.equal(`The feed at ${url} was still downloading after 200 ms.`);
      });
    });
  });

  describe('shares and cancels requests', () => {
    it('makes one request for many listeners, and none for a listener that comes later', async () => {
      const k = key();
      const url = here(`key=${k}&delay=200`);
      const results = await Promise.all([first(url), first(url), first(url)]);
      expect(results.every((r) => r.ok)).to.be.true;
      // A later listener: the feed is kept for the page's lifetime.
      expect((await first(url)).ok).to.be.true;
      expect(await log(k)).to.have.length(1);
    });

    it('aborts a request that nobody wants any more', async () => {
      const k = key();
      const heard: FeedResult[] = [];
      const stop = subscribe(here(`key=${k}&delay=500`), (r) => heard.push(r));
      await requestArrived(k);
      stop();
      await waitUntil(async () => (await log(k)).some((q) => q.aborted), 'the host never saw the request end', { timeout: 3000 });
      expect(heard).to.deep.equal([]);
    });

    it('keeps the request of a listener that leaves and comes back at once (an element moved in the page)', async () => {
      const k = key();
      const url = here(`key=${k}&delay=200`);
      const stop = subscribe(url, () => {});
      stop();
      const r = await first(url);
      expect(r.ok).to.be.true;
      expect((await log(k)).filter((q) => !q.aborted)).to.have.length(1);
    });

    it('tries again after a failure, for a listener that comes later', async () => {
      const k = key();
      const url = here(`key=${k}&status=503`);
      expect((await first(url)).ok).to.be.false;
      expect((await first(url)).ok).to.be.false;
      expect(await log(k)).to.have.length(2);
    });
  });

  describe('revalidates through the HTTP cache', () => {
    it('sends a conditional request, gets 304, and tells nobody when nothing changed', async function () {
      skipIn(this, 'webkit', 'a WebKitWebDriver session has no HTTP cache, so it sends no conditional request (MiniBrowser outside automation does)');
      const k = key();
      const url = here(`key=${k}&etag=1`);
      const heard: FeedResult[] = [];
      const stop = subscribe(url, (r) => heard.push(r));
      await waitUntil(() => heard.length === 1);
      await revalidate(url);
      const requests = await log(k);
      expect(requests.map((q) => q.status)).to.deep.equal([200, 304]);
      expect(requests[1].headers).to.have.property('if-none-match');
      expect(heard).to.have.length(1);
      stop();
    });

    it('tells listeners when the feed changed', async () => {
      const { url, heard, stop, setCount } = await listenToMutable(2);
      await setCount(5);
      await revalidate(url);
      expect(heard).to.have.length(2);
      const counts = heard.map((r) => (r.ok ? r.feed.signatories.length : -1));
      expect(counts).to.deep.equal([2, 5]);
      stop();
    });

    it('keeps showing the feed it has when a revalidation finds a broken file', async () => {
      const { url, heard, stop, setCount } = await listenToMutable(2);
      await setCount(-1);
      await revalidate(url);
      expect(heard, 'nobody is told of the broken file').to.have.length(1);
      // The good feed comes back: listeners hear of it.
      await setCount(3);
      await revalidate(url);
      expect(heard.map((r) => (r.ok ? r.feed.signatories.length : r.message))).to.deep.equal([2, 3]);
      stop();
    });
  });

  describe('the split list', () => {
    it('is fetched only when asked, resolved against the feed URL, once', async () => {
      const k = key();
      const url = here(`key=${k}&gen=3000&split=50`);
      const r = await first(url);
      expect(r.ok).to.be.true;
      if (!r.ok) return;
      expect(r.feed.signatories).to.have.length(50);
      expect(r.feed.signatoryCount).to.equal(3000);
      expect(await log(`${k}-list`)).to.have.length(0);
      const [a, b] = await Promise.all([loadSignatories(url, r.feed), loadSignatories(url, r.feed)]);
      expect(a.ok && a.signatories.length).to.equal(3000);
      expect(b).to.equal(a);
      expect(await log(`${k}-list`)).to.have.length(1);
    });
  });
});
