// The demo's own controls: switching the page's language re-renders every
// element in it (they follow the closest `lang`), and a dark page shows that
// they inherit the page's colours.
const page = document.documentElement;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const dark = document.querySelector<HTMLInputElement>('#dark')!;

const RTL = new Set(['ar', 'ur']);

language.addEventListener('change', () => {
  page.lang = language.value;
  page.dir = RTL.has(language.value.split('-')[0]) ? 'rtl' : 'ltr';
});
dark.addEventListener('change', () => document.body.classList.toggle('dark', dark.checked));
