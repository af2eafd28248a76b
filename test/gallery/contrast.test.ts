// The measuring tool of the gallery tests: if it is wrong, every contrast
// figure the gallery reports is wrong.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { backgroundBehind, contrast, over, textContrast, toRGBA } from './contrast.js';

describe('contrast helper', () => {
  it('gives WCAG 2 ratios for known pairs', () => {
    expect(contrast(toRGBA('#000'), toRGBA('#fff'))).to.be.closeTo(21, 0.01);
    expect(contrast(toRGBA('#fff'), toRGBA('#fff'))).to.equal(1);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrast(toRGBA('#767676'), toRGBA('#fff'))).to.be.closeTo(4.54, 0.01);
    expect(contrast(toRGBA('#777'), toRGBA('#fff'))).to.be.below(4.5);
    expect(contrast(toRGBA('#0b57d0'), toRGBA('#212529'))).to.be.closeTo(2.42, 0.02);
  });

  it('reads any colour syntax the browser does', () => {
    expect(toRGBA('oklch(1 0 0)')).to.deep.equal([255, 255, 255, 1]);
    expect(toRGBA('color-mix(in srgb, red 50%, blue)')).to.deep.equal([128, 0, 128, 1]);
    expect(toRGBA('rgb(0 0 0 / 0.5)')[3]).to.be.closeTo(0.5, 0.01);
  });

  it('composites translucent layers', () => {
    expect(over([0, 0, 0, 0.5], [255, 255, 255, 1])).to.deep.equal([127.5, 127.5, 127.5, 1]);
  });

  it('finds the background behind text through shadow roots and translucent layers', async () => {
    const outer = await fixture<HTMLElement>(html`<div style="background: rgb(0, 0, 0)"><div style="background: rgb(255 255 255 / 0.5)"><span></span></div></div>`);
    const host = outer.querySelector('span')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p style="color: #fff">text</p>';
    const p = shadow.querySelector('p')!;
    const bg = backgroundBehind(p);
    expect(bg.slice(0, 3).map(Math.round)).to.deep.equal([128, 128, 128]);
    expect(textContrast(p)).to.be.closeTo(contrast([255, 255, 255, 1], bg), 0.001);
    expect(textContrast(p)).to.be.below(4.5);
  });

  it('ends at the canvas, dark when the page says so', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="dark page"></iframe>`);
    frame.srcdoc = '<html style="color-scheme: dark"><body><p>x</p></body></html>';
    await waitUntil(() => frame.contentDocument?.querySelector('p'), 'the frame never loaded');
    const p = frame.contentDocument!.querySelector('p')!;
    expect(contrast(backgroundBehind(p), [0, 0, 0, 1])).to.be.below(1.5);
  });
});
