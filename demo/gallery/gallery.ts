// The gallery's switches: `?theme=dark` puts the page in its framework's own
// dark mode (each framework spells it differently, so all spellings are set),
// `?dir=rtl` shows it in Arabic, right to left (Bootstrap's RTL build has a
// page of its own, bootstrap-rtl.html, since its CSS differs). The links at
// the top of each page flip them; the tests and the screenshot script load
// the same URLs.
export {};

const q = new URLSearchParams(location.search);
const root = document.documentElement;
const dark = q.get('theme') == 'dark';
const rtl = q.get('dir') == 'rtl';
if (dark) {
  root.dataset.theme = 'dark';
  root.dataset.bsTheme = 'dark';
  root.classList.add('dark');
}
if (rtl) {
  root.lang = 'ar';
  root.dir = 'rtl';
}
// <a data-switch="theme=dark" data-off="Light page">Dark page</a>: a link to this page with the switch flipped.
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-switch]')) {
  const [name, value] = a.dataset.switch!.split('=') as [string, string];
  const next = new URLSearchParams(q);
  if (q.get(name) == value) {
    next.delete(name);
    a.textContent = a.dataset.off!;
  } else next.set(name, value);
  a.search = next.toString();
}
