/** Helpers for store tests: analysed records of inputs written in the test, and temporary database files. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnalyzeInput } from '../../src/reader/input.ts';
import { analyzeToRecord, articleKey, contentHash } from '../../src/store/records.ts';
import type { ArticleRecord } from '../../src/store/types.ts';

/** Analyses an input (validated as the ingest reader would) into a store record. */
export async function recordOf(input: AnalyzeInput, origin = `test:${input.id ?? 'x'}`): Promise<ArticleRecord> {
  const hash = contentHash(input);
  return analyzeToRecord(input, { key: articleKey(input, hash), contentHash: hash, origin });
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'rasd-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Short articles written for the store tests: Israel with and without clitics (c1–c3), unrelated (c4), the nisba only (c5). */
export const ISRAEL: readonly AnalyzeInput[] = [
  { id: 'c1', source: 'بترا', published: '2023-04-06', text: 'عمان - أعلن وزير الخارجية الأردني أن بلاده سلمت مذكرة احتجاج لإسرائيل بعد الاعتداءات على المسجد الأقصى.' },
  { id: 'c2', source: 'الأهرام', published: '2023-04-20', text: 'القاهرة - اجتمع ممثلو مصر وإسرائيل في القاهرة لبحث التهدئة في قطاع غزة.' },
  { id: 'c3', source: 'الأهرام', published: '2023-05-02', text: 'القدس - قالت صحيفة محلية إن اسرائيل تدرس خفض عدد العمال القادمين من الضفة الغربية.' },
  { id: 'c4', source: 'بترا', published: '2023-05-03', text: 'ارتفعت أسعار القمح في الأسواق العالمية للأسبوع الثالث على التوالي بسبب موجة الجفاف.' },
  { id: 'c5', source: 'بترا', published: '2023-05-04', text: 'قال الجيش الإسرائيلي إنه أنهى مناورات عسكرية واسعة في هضبة الجولان.' },
];

/** One visit reported by three articles (v1–v3, two outlets) and another visit five weeks later (v4). */
export const VISIT: readonly AnalyzeInput[] = [
  { id: 'v1', source: 'وكالة المغرب العربي للأنباء', published: '2023-03-06', text: 'الرباط - أجرى وزير الخارجية المغربي ناصر بوريطة اليوم الاثنين زيارة رسمية إلى القاهرة.\n\nوتعد مصر من أكبر الشركاء التجاريين للمغرب في القارة الأفريقية.' },
  { id: 'v2', source: 'الأهرام', published: '2023-03-06', text: 'القاهرة - وصل وزير الخارجية المغربي ناصر بوريطة إلى القاهرة يوم الاثنين 6 مارس 2023.\n\nويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.' },
  { id: 'v3', source: 'الأهرام', published: '2023-03-07', text: 'القاهرة - زار وزير الخارجية المغربي ناصر بوريطة مصر أمس.\n\nويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.' },
  // the same minister in Cairo again five weeks later: another visit
  { id: 'v4', source: 'الأهرام', published: '2023-04-12', text: 'القاهرة - زار وزير الخارجية المغربي ناصر بوريطة مصر أمس الثلاثاء.\n\nويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.' },
];
