/**
 * Builds `data/actors/countries.json`, the country table of the actor knowledge base (src/actors),
 * from `$RASD_DATA/gazetteers/combined/countries_gazetteer.jsonl` (mledoze/countries, ODbL, joined
 * with ArWikiCats nationalities; see that folder's SOURCE.md): per ISO 3166-1 entry its alpha-3 code,
 * Arabic common, official and alternate names, the Arabic capital where known, the nisba adjective
 * in its six listed forms plus the sound masculine plural in the oblique case (ـيين beside ـيون), and
 * the UN-membership flag. The hand-curated `data/actors/places.json` adds what this table lacks
 * (variants, missing nisbas and capitals, cities and regions) and is merged at load time.
 *
 * Kosovo, which ISO 3166-1 does not code, is written `XKX` (the user-assigned code the EU and the IMF
 * use); mledoze's `UNK` is mapped to it. Known typos of the Arabic names (SOURCE.md) are corrected.
 *
 * Run: `npm run build:actors` (deterministic: sorted by code, no timestamps).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataFile, missingDataMessage } from '../src/shared-data.ts';

interface Raw {
  iso3: string;
  iso2: string;
  name_en: string;
  name_ar: string;
  name_ar_official: string;
  name_ar_alt: string[];
  capitals: { en: string; ar: string | null }[];
  independent: boolean | null;
  un_member: boolean;
  nisba_ar: null | { male: string; female: string; males: string; females: string; the_male: string; the_female: string };
}

/** The corrected spelling of names the source misspells (see mledoze_countries/SOURCE.md). */
const TYPO: Readonly<Record<string, string>> = { المسكيك: 'المكسيك', صيربيا: 'صربيا', بويرتوريكو: 'بورتوريكو', 'جمهورية أففانستان الإسلامية': 'جمهورية أفغانستان الإسلامية' };
/**
 * Nisba forms left out, with the reason: each is also a common word or names someone else.
 * (The hand-curated places.json gives the right forms where there are any.)
 */
const NISBA_DROP: Readonly<Record<string, string>> = {
  MLI: 'مالي / مالية also mean "financial" (وزارة المالية)',
  COM: 'قمري / قمرية also mean "lunar" (السنة القمرية, Hijri dates)',
  TKM: 'تركماني usually names the Turkmen of Iraq and Syria, an ethnic group, not Turkmenistan',
  DOM: 'دومينيكي is Dominica\'s; the Dominican Republic\'s is دومينيكاني (places.json)',
};
/** Codes the project writes differently from the source. */
const CODE: Readonly<Record<string, string>> = { UNK: 'XKX' };

export interface CountryRow {
  iso3: string;
  iso2: string;
  name_en: string;
  names: string[];
  capital: string | null;
  nisbas: string[];
  un_member: boolean;
}

const fix = (s: string): string => TYPO[s.trim()] ?? s.trim();

/** The nisba forms of a source entry: the six given and the oblique sound plural (مغربيون → مغربيين). */
export function nisbaForms(n: NonNullable<Raw['nisba_ar']>): string[] {
  const out = new Set<string>();
  for (const f of [n.male, n.female, n.males, n.females]) {
    if (!f) continue;
    out.add(f.trim());
    if (f.endsWith('يون')) out.add(f.slice(0, -2) + 'ين');
  }
  return [...out];
}

export function buildCountries(lines: string[]): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const l of lines) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as Raw;
    const names = [...new Set([fix(r.name_ar), fix(r.name_ar_official), ...r.name_ar_alt.map(fix)].filter(Boolean))];
    rows.push({
      iso3: CODE[r.iso3] ?? r.iso3,
      iso2: r.iso2,
      name_en: r.name_en,
      names,
      capital: r.capitals.find((c) => c.ar)?.ar ?? null,
      nisbas: r.nisba_ar && !NISBA_DROP[r.iso3] ? nisbaForms(r.nisba_ar) : [],
      un_member: r.un_member && r.iso3 !== 'VAT',
    });
  }
  return rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

function main(): void {
  const src = sharedDataFile('gazetteers', 'combined', 'countries_gazetteer.jsonl');
  if (!src) {
    console.error(missingDataMessage('gazetteers', 'combined', 'countries_gazetteer.jsonl'));
    process.exit(2);
  }
  const rows = buildCountries(readFileSync(src, 'utf8').split('\n'));
  const out = {
    description:
      'Countries of the actor knowledge base: ISO 3166-1 alpha-3 code, Arabic names, capital, nisba adjectives, UN membership. Built by scripts/build-actors.ts (npm run build:actors) from gazetteers/combined/countries_gazetteer.jsonl (mledoze/countries, ODbL 1.0, with ArWikiCats nationalities, MIT); data/actors/places.json adds hand-curated variants, nisbas, capitals and places at load time.',
    license: 'ODbL-1.0 (derived from mledoze/countries); attribution: https://github.com/mledoze/countries',
    version: 1,
    countries: rows,
  };
  const file = path.join(PROJECT_ROOT, 'data', 'actors', 'countries.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${file}: ${rows.length} countries, ${rows.filter((r) => r.un_member).length} UN members, ${rows.filter((r) => r.nisbas.length).length} with nisbas`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
