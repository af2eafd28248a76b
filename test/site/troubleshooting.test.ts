// The troubleshooting table of docs/webmasters.md names every `wcit-error` message a
// webmaster can meet: each fault the test host can produce gives a message
// that one row of the table matches.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { crossOrigin } from '../helpers.js';

/** A row's message as a pattern: URL, PATH and … stand for what varies. */
const pattern = (message: string) =>
  new RegExp(
    `^${message
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/URL/g, '\\S+')
      .replace(/PATH/g, '[\\w.\\[\\]]+')
      .replace(/…/g, '.+')}$`,
  );

describe('the troubleshooting table of docs/webmasters.md', () => {
  let rows: RegExp[] = [];
  before(async () => {
    rows = ((await (await fetch('/__readme-troubleshooting.json')).json()) as string[]).map(pattern);
  });

  const faults: [string, (cross: string) => string][] = [
    ['a missing feed', () => '/api/feed?status=404'],
    ['a server error', () => '/api/feed?status=500'],
    ['a host without CORS', (cross) => `${cross}/api/feed?cors=0`],
    ['a web page instead of the feed', () => '/api/feed?body=notjson'],
    ['a feed cut short', () => '/api/feed?body=malformed'],
    ['an empty answer', () => '/api/feed?body=empty'],
    ['a newer format', () => '/api/feed?version=2'],
    ['a letter without its text', () => '/api/feed?fixture=no-body'],
  ];

  it('has rows', () => expect(rows.length).to.be.greaterThan(5));

  for (const [fault, url] of faults) {
    it(`documents the message for ${fault}`, async () => {
      const src = url(await crossOrigin());
      const wrapper = await fixture(html`<div></div>`);
      // Listening before the element connects: a fast fault must not be missed.
      const error = oneEvent(wrapper, 'wcit-error');
      const letter = document.createElement('wcit-letter');
      letter.src = src;
      wrapper.append(letter);
      const { detail } = (await error) as CustomEvent<{ message: string }>;
      expect(
        rows.some((row) => row.test(detail.message)),
        `no row of docs/webmasters.md's troubleshooting table matches: ${detail.message}`,
      ).to.equal(true);
    });
  }
});
