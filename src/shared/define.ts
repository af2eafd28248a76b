/**
 * Registers `ctor` as `tag` unless the tag is already taken, so the npm copy
 * and the script-tag bundle (or the bundle loaded twice) can meet on one page
 * without `customElements.define` throwing. A class can be registered once per
 * registry, so a second tag for the same class gets a fresh subclass. Never
 * throws into the page: a registry that refuses (a page that replaced
 * `customElements.define`) leaves the tag undefined, so the member's fallback
 * content stays, and the console says why.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  try {
    registry.get(tag) || registry.define(tag, ctor);
  } catch {
    try {
      // The class is already registered under another name (a renamed tag).
      registry.define(tag, class extends (ctor as typeof HTMLElement) {});
    } catch (error) {
      console.error(`wcit-embed: <${tag}>`, error);
    }
  }
}
