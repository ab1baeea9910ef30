/**
 * Pay-letter benchmark:
 *   npx tsx bench/compLetters.bench.ts [--letters N] [--runs N] [--no-write]
 *
 * Renders N pay letters (default 10,000) into one ZIP the way HR's download does — each letter a
 * PDF from the organisation's template (`letterPdf`), streamed into the ZIP as it is made
 * (`zipStream`, stored entries) — and times it from the first letter to the ZIP's last byte. The
 * outcomes are made up in memory: half English, half German, in EUR, USD and JPY, a third with a
 * bonus, one in ten promoted, every line of the default templates in play. The database read of a
 * cycle's outcomes (pages of 500 by name) is left out: it is a keyset scan, small next to the PDFs.
 * The ZIP is opened afterwards and must hold N PDFs. Writes the `comp-letters` section of
 * docs/benchmarks.md. Target: under 2 minutes for 10,000 letters (issue 12).
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { letterFileName, letterPdf, sampleOutcome } from '../src/server/performance/compensation/letters/pdf';
import { defaultTemplates } from '../src/server/performance/compensation/letters/template';
import { type ZipFile, zipStream } from '../src/server/performance/compensation/letters/zip';
import type { ParticipantOutcome } from '../src/server/performance/compensation/release/outcome';
import { writeReportSection } from './sections';
import { ms } from './stats';

const targetMs = 120_000;
const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const letters = Number(values.letters);
const runs = Number(values.runs);

const currencies = ['EUR', 'USD', 'JPY'] as const;
const givenNames = ['Jürgen', 'Amelia', 'Søren', 'Lukas', 'Chloé', 'Noah', 'Zoë', 'Mateo'];
const familyNames = ['Weiß', 'Okafor', 'Nguyen', 'Müller', 'García', 'Smith', 'Łukasz', "O'Brien"];

/** The i-th made-up outcome (deterministic). */
function outcome(i: number): ParticipantOutcome {
  const sample = sampleOutcome('en');
  const currency = currencies[i % currencies.length]!;
  const scale = currency === 'JPY' ? 1 : 100;
  const oldBaseMinor = (40_000 + (i % 97) * 700) * scale;
  const newBaseMinor = Math.round(oldBaseMinor * 1.035);
  return {
    ...sample,
    participantId: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    givenName: givenNames[i % givenNames.length]!,
    familyName: `${familyNames[(i * 7) % familyNames.length]!} ${i}`,
    cycleName: 'Merit 2026',
    currency,
    payFrequency: i % 10 === 0 ? 'monthly' : 'annual',
    oldBaseMinor,
    newBaseMinor,
    changeMinor: newBaseMinor - oldBaseMinor,
    increasePercent: '3.50',
    meritPercent: '3.50',
    marketMinor: i % 5 === 0 ? 500 * scale : 0,
    bonusMinor: i % 3 === 0 ? 2_000 * scale : 0,
    promotion: i % 10 === 0 ? sample.promotion : null,
    placementAfter: {
      band: { currency, minMinor: 35_000 * scale, targetMinor: 50_000 * scale, maxMinor: 65_000 * scale },
      compaRatio: '0.9870',
    },
  };
}

async function* files(count: number): AsyncGenerator<ZipFile> {
  for (let i = 0; i < count; i += 1) {
    const language = i % 2 === 0 ? 'en' : 'de';
    const item = outcome(i);
    yield {
      name: letterFileName(item),
      data: await letterPdf(item, {
        template: defaultTemplates[language],
        language,
        organizationName: 'Benchmark GmbH',
        showBandPlacement: true,
      }),
    };
  }
}

async function run(count: number) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const chunks: Buffer[] = [];
  for await (const chunk of zipStream(files(count))) chunks.push(chunk as Buffer);
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const zip = Buffer.concat(chunks);
  const entries = Object.keys(unzipSync(new Uint8Array(zip)));
  if (entries.length !== count) throw new Error(`The ZIP holds ${entries.length} files, not ${count}.`);
  return { elapsed, cpuMs, bytes: zip.length };
}

async function main() {
  console.log(`Rendering ${letters.toLocaleString('en')} letters into a ZIP, ${runs} run(s)…`);
  await run(50); // warm-up: fonts, Intl formatters, JIT
  const results: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const result = await run(letters);
    results.push(result);
    console.log(
      `Run ${i + 1}: ${ms(result.elapsed)} ms (CPU ${ms(result.cpuMs)} ms), ${(result.bytes / 1e6).toFixed(1)} MB`,
    );
  }
  const sorted = [...results].sort((a, b) => a.elapsed - b.elapsed);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const rss = process.memoryUsage().rss;
  const [load] = loadavg();
  const table = [
    '## Pay letters (PDF into a ZIP)',
    '',
    `\`npx tsx bench/compLetters.bench.ts\` — ${letters.toLocaleString('en')} letters from the default templates (half English, half German; EUR, USD and JPY; a third with a bonus, a tenth promoted, band placement shown), each rendered with pdfkit and streamed into one ZIP of stored entries, in one Node process on ${cpus().length} shared cores (load average ${load!.toFixed(1)} at the end of the run); timed from the first letter to the ZIP's last byte, the ZIP then opened and counted. CPU is this process's user + system time, which depends less on the neighbours than the wall clock. The read of the outcomes from the database is not included. Target: under ${targetMs / 1000} s.`,
    '',
    '| Letters | Median s | CPU s | Per letter ms | Letters per s | ZIP MB | Process RSS MB | Runs |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${letters.toLocaleString('en')} | ${(median.elapsed / 1000).toFixed(1)} | ${(median.cpuMs / 1000).toFixed(1)} | ${(median.elapsed / letters).toFixed(2)} | ${Math.round(letters / (median.elapsed / 1000)).toLocaleString('en')} | ${(median.bytes / 1e6).toFixed(1)} | ${Math.round(rss / 1e6)} | ${runs} |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  if (median.elapsed > targetMs) process.exitCode = 1;
  if (!values['no-write']) console.log(`Wrote ${await writeReportSection('comp-letters', table)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
