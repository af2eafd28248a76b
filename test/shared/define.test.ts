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

  it('throws nothing into the page when the registry refuses, and says why', () => {
    const registry = {
      get: () => undefined,
      define: () => {
        throw new Error('no custom elements here');
      },
    } as unknown as CustomElementRegistry;
    const errors: unknown[] = [];
    const real = console.error;
    console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
    try {
      expect(() => defineElement('wcit-test-refused', class extends HTMLElement {}, registry)).not.to.throw();
    } finally {
      console.error = real;
    }
    expect(String(errors[0])).to.contain('wcit-embed: <wcit-test-refused>').and.to.contain('no custom elements here');
  });
});
