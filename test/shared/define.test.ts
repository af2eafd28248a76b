import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';

describe('defineElement', () => {
  it('registers a tag that is free', () => {
    class A extends HTMLElement {}
    defineElement('wcit-test-free', A);
    expect(customElements.get('wcit-test-free')).to.equal(A);
  });

  it('leaves a taken tag to its first owner and throws nothing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('wcit-test-taken', First);
    expect(() => defineElement('wcit-test-taken', Second)).not.to.throw();
    expect(customElements.get('wcit-test-taken')).to.equal(First);
  });

  it('registers one class under a second tag', () => {
    class Both extends HTMLElement {}
    defineElement('wcit-test-one', Both);
    defineElement('wcit-test-two', Both);
    const el = document.createElement('wcit-test-two');
    expect(el).to.be.instanceOf(Both);
  });
});
