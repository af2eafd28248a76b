// `npm run bench -- csv [rows]`: how much memory and time `wcit-feed build`
// takes for a large spreadsheet export (default 300,000 rows, about 37 MB, of
// the shapes sign-on tools export: quoted commas, Arabic, Polish, Chinese and
// emoji names, semicolons in Europe are not needed here). Runs the built CLI
// (dist/cli, `npm run build:cli` first) under /usr/bin/time -v and prints its
// maximum resident set size and wall time, and the same for a 30,000-row file
// as the baseline measured in the same run (the budget: 300,000 rows
// well under 400 MB).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const cli = join(root, 'dist/cli/wcit-feed.js');

const NAMES = ['Derechos Digitales', 'Fundacja Panoptykon', '"Access Now, Inc."', 'مؤسسة الحقوق الرقمية', '数字权利中心', 'Związek 🌍 Cyfrowy', 'Électronique Libre'];
const COUNTRIES = ['CL', 'PL', 'de', 'US', 'EG', 'cn', 'FR', ''];

/** A campaign folder with a `rows`-row signatories.csv; returns its path. */
export async function campaign(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'wcit-bench-csv-'));
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ id: 'bench', defaultLanguage: 'en', signOn: { url: 'https://example.org/sign' } }));
  writeFileSync(join(dir, 'letter.en.md'), '# A letter\n\nWe write to urge you.\n');
  const out = createWriteStream(join(dir, 'signatories.csv'));
  out.write('\uFEFFOrganisation,Type,Country,Website,Date signed\r\n');
  for (let i = 0; i < rows; i++) {
    const name = NAMES[i % NAMES.length];
    const quoted = name.startsWith('"') ? `"${name.slice(1, -1)} ${i}"` : `${name} ${i}`;
    const line = `${quoted},${i % 5 ? 'Organisation' : 'Individual'},${COUNTRIES[i % COUNTRIES.length]},https://example.org/${i},2026-11-${String((i % 28) + 1).padStart(2, '0')}\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return dir;
}

/** Runs the build under /usr/bin/time -v: { rssMB, seconds, status }. */
function measure(dir) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'build', dir, '--out', join(dir, 'out/feed.json')], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1] ?? '';
  const seconds = wall.split(':').reduce((t, part) => t * 60 + Number(part), 0);
  return { rssMB: rss, seconds, status: r.status, tail: r.stderr.split('\n').filter((l) => !/^\s/.test(l)).slice(-3).join('\n') };
}

export async function bench(rows = 300_000) {
  if (!existsSync(cli)) {
    console.error(`bench csv: ${cli} is missing; run npm run build:cli first.`);
    process.exit(1);
  }
  console.log('wcit-feed build on a spreadsheet export (max RSS, wall time):');
  for (const n of [Math.round(rows / 10), rows]) {
    const dir = await campaign(n);
    try {
      const size = statSync(join(dir, 'signatories.csv')).size;
      const m = measure(dir);
      console.log(`  ${n.toLocaleString('en').padStart(9)} rows, ${(size / 1e6).toFixed(1)} MB CSV: ${m.rssMB.toFixed(0)} MB, ${m.seconds.toFixed(1)} s, exit ${m.status}`);
      if (m.status !== 0) console.log(m.tail);
      const list = join(dir, 'out/bench-signatories.json');
      if (existsSync(list)) console.log(`  ${''.padStart(9)}       split list ${(statSync(list).size / 1e6).toFixed(1)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench(Number(process.argv[2]) || undefined);
