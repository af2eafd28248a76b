// The element reference (docs/elements.md) comes from custom-elements.json, so
// it cannot drift from the code: `node build/readme-api.mjs` rewrites the part
// between the api markers; `--check` fails when it is stale (part of analyze:check).
import { readFileSync, writeFileSync } from 'node:fs';

const TARGET = 'docs/elements.md';

const START = '<!-- api:start (generated from custom-elements.json by build/readme-api.mjs) -->';
const END = '<!-- api:end -->';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (s) => String(s ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => (s ? `\`${String(s).replace(/\s+/g, " ").trim()}\`` : "");

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

const order = ['wcit-letter', 'wcit-signatories', 'wcit-sign-button'];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));

let out = '';
for (const el of elements) {
  out += `## \`<${el.tagName}>\`\n\n${cell(el.description)}\n\n`;
  const attrs = (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]);
  out += table(['attribute', 'property', 'type', 'default', 'meaning'], attrs) && `**Attributes**\n\n${table(['attribute', 'property', 'type', 'default', 'meaning'], attrs)}\n`;
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.inheritedFrom);
  if (methods.length) out += `**Methods**\n\n${table(['method', 'meaning'], methods.map((m) => [code(`${m.name}()`), m.description]))}\n`;
  if (el.events?.length) out += `**Events**\n\n${table(['event', 'meaning'], el.events.map((e) => [code(e.name), e.description]))}\n`;
  if (el.slots?.length) out += `**Slots**\n\n${table(['slot', 'meaning'], el.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description]))}\n`;
  if (el.cssParts?.length) out += `**Parts** (\`::part(…)\`)\n\n${table(['part', 'what it is'], el.cssParts.map((p) => [code(p.name), p.description]))}\n`;
  if (el.cssProperties?.length) {
    out += `**CSS custom properties**\n\n${table(['property', 'default', 'meaning'], el.cssProperties.map((p) => [code(p.name), code(p.default), p.description]))}\n`;
  }
}

const readme = readFileSync(TARGET, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${TARGET} has no ${START} … ${END} section.`);
  process.exit(1);
}
const fresh = `${readme.slice(0, start + START.length)}\n\n${out.trim()}\n\n${readme.slice(end)}`;
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error(`The element reference in ${TARGET} is stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${TARGET}: the element reference is fresh.`);
} else {
  writeFileSync(TARGET, fresh);
}
