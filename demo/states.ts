// The states page: shows each example's markup under it, and keeps the
// "loading" example loading.

// A static host cannot hold a request open, so this page does it for the one
// URL of the loading example: its fetch never settles (and ignores the
// loader's 15-second abort, so the example stays in its loading state
// instead of turning into an error).
const NEVER = 'feeds/never.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  return new URL(url, document.baseURI).pathname.endsWith(`/${NEVER}`) ? new Promise<Response>(() => {}) : realFetch(input, init);
};

const template = document.querySelector<HTMLTemplateElement>('#loading-template')!;
document.querySelector('#loading-example')!.append(template.content.cloneNode(true));

/** The example's markup as a webmaster would write it (not what the elements added at run time). */
function markupOf(example: Element): string {
  const source = example.id === 'loading-example' ? template.innerHTML : example.innerHTML;
  return source
    .replace(/ state="[a-z]+"/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

for (const example of document.querySelectorAll('.example')) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'The HTML';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = markupOf(example);
  pre.append(code);
  details.append(summary, pre);
  example.after(details);
}
