/**
 * The actor knowledge base covers every UN member state (193, as listed by the UN) plus Palestine,
 * Kosovo and Western Sahara: each has an Arabic name that resolves to it, a capital that resolves to
 * it, and a nisba adjective (except the few listed in NO_SAFE_NISBA, with the reason). The list
 * below is the UN's, written here independently of the data.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultKb, nameKeys, nisbaCountry, trieGet } from '../../src/actors/kb.ts';
import { loadData } from '../../src/data.ts';

const UN_MEMBERS = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA
LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD
NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`
  .split(/\s+/)
  .filter(Boolean);
const ALSO = ['PSE', 'XKX', 'ESH'];
/**
 * Countries with no nisba the knowledge base can safely use (docs/actors.md): the one form is a
 * common word, or the press writes "of X" instead of an adjective.
 */
const NO_SAFE_NISBA: Readonly<Record<string, string>> = {
  MLI: 'مالي / مالية also mean "financial"',
  CAF: 'the press writes من أفريقيا الوسطى; no established adjective',
  KNA: 'no established adjective',
  PNG: 'no established adjective',
  SLB: 'no established adjective',
};

interface CountriesFile { countries: { iso3: string; names: string[]; capital: string | null; nisbas: string[] }[] }
interface PlacesFile { countries?: Record<string, { names?: string[]; nisbas?: string[]; capital?: string | null }> }

describe('actor knowledge base coverage', () => {
  test('at most a handful of countries lack a safe nisba', () => assert.ok(Object.keys(NO_SAFE_NISBA).length <= 5));
  test('the UN list here has 193 distinct members', () => {
    assert.equal(new Set(UN_MEMBERS).size, 193);
    assert.equal(UN_MEMBERS.length, 193);
  });
  const kb = defaultKb();
  const base = loadData<CountriesFile>('actors/countries.json');
  const places = loadData<PlacesFile>('actors/places.json');
  const row = (c: string) => {
    const b = base.countries.find((x) => x.iso3 === c);
    const p = places.countries?.[c];
    return {
      names: [...(b?.names ?? []), ...(p?.names ?? [])],
      capital: p?.capital ?? b?.capital ?? null,
      nisbas: [...(b?.nisbas ?? []), ...(p?.nisbas ?? [])],
    };
  };
  for (const c of [...UN_MEMBERS, ...ALSO]) {
    test(`${c}: a name, a capital and a nisba that resolve to it`, () => {
      const r = row(c);
      assert.ok(kb.countries.has(c), `${c} is not in the knowledge base`);
      assert.ok(r.names.some((n) => trieGet(kb.names, nameKeys(n)).some((e) => e.kind === 'country' && e.country === c)), `${c}: no name resolves to it`);
      assert.ok(r.capital, `${c}: no capital`);
      const cap = trieGet(kb.names, nameKeys(r.capital!));
      const amb = kb.ambiguous.get(nameKeys(r.capital!).join(' '));
      assert.ok(cap.some((e) => e.country === c) || amb?.includes(c), `${c}: its capital ${r.capital} does not resolve to it`);
      if (NO_SAFE_NISBA[c]) assert.ok(!r.nisbas.some((n) => nisbaCountry(kb, n) === c), `${c} now has a nisba: take it off NO_SAFE_NISBA`);
      else assert.ok(r.nisbas.some((n) => nisbaCountry(kb, n) === c), `${c}: no nisba resolves to it`);
    });
  }
});
