/**
 * The event coder's triggers (issue #6), table-driven: for each of the 16 PLOVER types, Arabic
 * news-style sentences with a verb trigger and with a verbal-noun or multi-word trigger, each row
 * stating the event type, the exact trigger span (literal offsets, checked against the sentence),
 * and the source/target countries where the sentence makes them unambiguous; then modality rows
 * (expected, negated, reported, hypothetical) and date rows (أمس, an explicit earlier date).
 *
 * A side is written as the set of its actors' countries (an actor without a country — the UN, the EU,
 * ISIS — by its actor code). `parties` is used for symmetric events whose two sides the sentence
 * states as one coordinated subject (وقع المغرب وإسبانيا): the union of source and target.
 *
 * A row the coder or the lexicon gets wrong today is kept with `todo` (a bug report: the reason says
 * what comes out), so that it shows in the test report without failing CI.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline, DEFAULT_PIPELINE } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';
import type { Doc } from '../../src/doc/types.ts';
import { PLOVER_TYPES, type PloverType } from '../../src/events/ontology.ts';
import type { Event, EventArg, Modality } from '../../src/events/types.ts';

/** The publication date of every row that gives none. */
const DCT = '2023-03-15';

interface Row {
  type: PloverType;
  /** The sentence (one paragraph). */
  s: string;
  trigger: string;
  start: number;
  end: number;
  /** Countries (or country-less actor codes) of the source, sorted. */
  source?: string[];
  target?: string[];
  /** Source and target together, sorted (symmetric events with a coordinated subject). */
  parties?: string[];
  /** The exact actor code of the (first) source, where the country alone cannot tell. */
  sourceActor?: string;
  modality?: Modality;
  date?: string | null;
  dct?: string;
  /** Why the row fails today (a known bug of the coder or the lexicon). */
  todo?: string;
}

function analyze(text: string, dct: string): Doc {
  const doc = createDoc([text], { title: null, published: dct, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: dct }, DEFAULT_PIPELINE);
}

const side = (args: readonly EventArg[]): string[] => [...new Set(args.map((a) => a.country ?? a.actor))].sort();
const show = (events: readonly Event[]): string =>
  events.length
    ? events
        .map((e) => `${e.type} «${e.trigger.text}» [${e.trigger.start},${e.trigger.end}] ${side(e.source).join('+') || '-'} → ${side(e.target).join('+') || '-'} ${e.modality} ${e.date}`)
        .join(' | ')
    : 'no events';

function check(row: Row): void {
  // the table itself: the literal offsets point at the trigger text
  assert.equal(row.s.slice(row.start, row.end), row.trigger, 'table offsets');
  const doc = analyze(row.s, row.dct ?? DCT);
  const events = doc.layers.events ?? [];
  const ev = events.find((e) => e.type === row.type && e.trigger.start === row.start);
  assert.ok(ev, `no ${row.type} event with its trigger at ${row.start}; got: ${show(events)}`);
  assert.equal(ev.trigger.text, row.trigger);
  assert.equal(ev.trigger.start, row.start);
  assert.equal(ev.trigger.end, row.end);
  assert.equal(doc.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text, 'the trigger span is the text');
  const got = show([ev]);
  if (row.parties) assert.deepEqual([...new Set([...side(ev.source), ...side(ev.target)])].sort(), row.parties, `parties: ${got}`);
  if (row.source) assert.deepEqual(side(ev.source), row.source, `source: ${got}`);
  if (row.target) assert.deepEqual(side(ev.target), row.target, `target: ${got}`);
  if (row.sourceActor) assert.equal(ev.source[0]?.actor, row.sourceActor, `source actor: ${got}`);
  if (row.modality) assert.equal(ev.modality, row.modality, `modality: ${ev.why.join('; ')}`);
  if (row.date !== undefined) assert.equal(ev.date, row.date, `date: ${ev.why.join('; ')}`);
}

function run(rows: readonly Row[]): void {
  for (const row of rows) {
    const name = `${row.type} «${row.trigger}»: ${row.s}`;
    if (row.todo) test(name, { todo: row.todo }, () => check(row));
    else test(name, () => check(row));
  }
}

/** Verb and verbal-noun / multi-word triggers of the 16 types. */
const TRIGGERS: Row[] = [
  { type: 'AGREE', s: 'وقّع المغرب وإسبانيا أمس اتفاقية للتعاون الأمني في الرباط.', trigger: 'وقّع', start: 0, end: 4, parties: ['ESP', 'MAR'], date: '2023-03-14' },
  { type: 'AGREE', s: 'شهدت العاصمة الأردنية توقيع اتفاق للتعاون الاقتصادي بين الأردن والعراق.', trigger: 'توقيع', start: 22, end: 27, source: ['JOR'], target: ['IRQ'] },
  { type: 'AGREE', s: 'مذكرة تفاهم بين تونس والجزائر في مجال الطاقة.', trigger: 'مذكرة تفاهم', start: 0, end: 11, source: ['TUN'], target: ['DZA'] },
  { type: 'AGREE', s: 'اتفقت روسيا وتركيا على إقامة منطقة عازلة في شمال سوريا.', trigger: 'اتفقت', start: 0, end: 5, parties: ['RUS', 'TUR'] },
  { type: 'AGREE', s: 'أبرمت مصر مع الأردن اتفاقية للربط الكهربائي.', trigger: 'أبرمت', start: 0, end: 5, source: ['EGY'], target: ['JOR'] },
  { type: 'AGREE', s: 'وقع المغرب وإسرائيل في 24 نوفمبر 2021 مذكرة تفاهم للتعاون الأمني.', trigger: 'وقع', start: 0, end: 3, parties: ['ISR', 'MAR'], date: '2021-11-24' },
  { type: 'AGREE', s: 'إثيوبيا والسودان توصلتا إلى اتفاق بشأن الحدود.', trigger: 'توصلتا إلى اتفاق', start: 17, end: 33, parties: ['ETH', 'SDN'] },
  { type: 'CONSULT', s: 'زار وزير الخارجية المغربي ناصر بوريطة الجزائر أمس.', trigger: 'زار', start: 0, end: 3, source: ['MAR'], target: ['DZA'], date: '2023-03-14' },
  { type: 'CONSULT', s: 'يزور الرئيس التركي رجب طيب أردوغان قطر اليوم.', trigger: 'يزور', start: 0, end: 4, source: ['TUR'], target: ['QAT'], date: '2023-03-15' },
  { type: 'CONSULT', s: 'بدأ الرئيس الجزائري عبد المجيد تبون زيارة رسمية إلى إيطاليا.', trigger: 'زيارة', start: 36, end: 41, source: ['DZA'], target: ['ITA'] },
  { type: 'CONSULT', s: 'التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة.', trigger: 'التقى', start: 0, end: 5, source: ['EGY'], target: ['FRA'] },
  { type: 'CONSULT', s: 'عقد وزير الخارجية الأردني أيمن الصفدي لقاء مع نظيره المصري سامح شكري في عمان.', trigger: 'لقاء', start: 38, end: 42, source: ['JOR'], target: ['EGY'] },
  { type: 'CONSULT', s: 'اجتمع وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره الصيني وانغ يي في جاكرتا.', trigger: 'اجتمع', start: 0, end: 5, source: ['USA'], target: ['CHN'] },
  { type: 'CONSULT', s: 'عقد الرئيس الفلسطيني محمود عباس اجتماعا مع العاهل الأردني الملك عبد الله الثاني في عمان.', trigger: 'اجتماعا', start: 32, end: 39, source: ['PSE'], target: ['JOR'] },
  { type: 'CONSULT', s: 'عقد وزيرا خارجية السعودية وإيران اجتماعا في بكين.', trigger: 'اجتماعا', start: 33, end: 40, parties: ['IRN', 'SAU'] },
  { type: 'CONSULT', s: 'أجرى الرئيس الفرنسي إيمانويل ماكرون محادثات مع الرئيس الأمريكي جو بايدن في واشنطن.', trigger: 'محادثات', start: 36, end: 43, source: ['FRA'], target: ['USA'] },
  { type: 'CONSULT', s: 'أجرى وزير الخارجية المغربي ناصر بوريطة مباحثات مع وزير الخارجية الموريتاني في نواكشوط.', trigger: 'مباحثات', start: 39, end: 46, source: ['MAR'], target: ['MRT'] },
  { type: 'CONSULT', s: 'أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.', trigger: 'اتصالا هاتفيا', start: 37, end: 50, source: ['EGY'], target: ['FRA'] },
  { type: 'CONSULT', s: 'تلقى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا من الرئيس الأمريكي جو بايدن.', trigger: 'اتصالا هاتفيا', start: 42, end: 55, source: ['USA'], target: ['JOR'] },
  { type: 'CONSULT', s: 'استقبل الرئيس التونسي قيس سعيد وزير الخارجية الإيطالي في قصر قرطاج.', trigger: 'استقبل', start: 0, end: 6, source: ['ITA'], target: ['TUN'] },
  { type: 'CONSULT', s: 'زار الرئيس الصيني شي جين بينغ السعودية.', trigger: 'زار', start: 0, end: 3, source: ['CHN'], target: ['SAU'] },
  { type: 'SUPPORT', s: 'أشاد الرئيس الفلسطيني محمود عباس بموقف الجزائر الداعم للقضية الفلسطينية.', trigger: 'أشاد', start: 0, end: 4, source: ['PSE'], target: ['DZA'] },
  { type: 'SUPPORT', s: 'أعلنت قطر تضامنها مع تركيا بعد الزلزال.', trigger: 'تضامنها', start: 10, end: 17, source: ['QAT'], target: ['TUR'] },
  { type: 'SUPPORT', s: 'ودافعت الحكومة المصرية عن وزير الخارجية السعودي في مؤتمر صحفي.', trigger: 'دافعت الحكومة المصرية عن', start: 1, end: 25, source: ['EGY'], target: ['SAU'] },
  { type: 'SUPPORT', s: 'اعترفت إسبانيا بدولة فلسطين.', trigger: 'اعترفت', start: 0, end: 6, source: ['ESP'], target: ['PSE'] },
  { type: 'SUPPORT', s: 'رحبت وزارة الخارجية السعودية بالاتفاق بين أرمينيا وأذربيجان.', trigger: 'رحبت', start: 0, end: 4, source: ['SAU'] },
  { type: 'SUPPORT', s: 'أيدت فرنسا خطة الحكم الذاتي المغربية.', trigger: 'أيدت', start: 0, end: 4, source: ['FRA'], target: ['MAR'] },
  { type: 'SUPPORT', s: 'أعرب الرئيس الفلسطيني عن خالص التقدير لمصر على جهودها.', trigger: 'أعرب الرئيس الفلسطيني عن خالص التقدير', start: 0, end: 37, source: ['PSE'], target: ['EGY'] },
  { type: 'CONCEDE', s: 'اعتذر الرئيس الفرنسي إيمانويل ماكرون للجزائر عن جرائم الاستعمار.', trigger: 'اعتذر', start: 0, end: 5, source: ['FRA'], target: ['DZA'] },
  { type: 'CONCEDE', s: 'عفا الملك محمد السادس عن عدد من المعتقلين.', trigger: 'عفا', start: 0, end: 3, source: ['MAR'] },
  { type: 'CONCEDE', s: 'رفعت مصر القيود المفروضة على قطر.', trigger: 'رفعت مصر القيود', start: 0, end: 15, source: ['EGY'], target: ['QAT'] },
  { type: 'CONCEDE', s: 'أعلنت إسرائيل وقف إطلاق النار في قطاع غزة.', trigger: 'وقف إطلاق النار', start: 14, end: 29, source: ['ISR'] },
  { type: 'CONCEDE', s: 'أعلنت إسرائيل وحركة حماس وقف إطلاق النار في قطاع غزة.', trigger: 'وقف إطلاق النار', start: 25, end: 40, parties: ['ISR', 'PSE'] },
  { type: 'CONCEDE', s: 'برأت المحكمة الجزائرية ثلاثة ناشطين من تهمة المساس بالوحدة الوطنية.', trigger: 'برأت', start: 0, end: 4, source: ['DZA'] },
  { type: 'CONCEDE', s: 'أعلنت جماعة الحوثي وقف هجماتها على السعودية.', trigger: 'وقف هجماتها', start: 19, end: 30, source: ['YEM'], target: ['SAU'] },
  { type: 'COOPERATE', s: 'تعاونت الشرطة المغربية مع الشرطة الإسبانية في تفكيك خلية إرهابية.', trigger: 'تعاونت', start: 0, end: 6, source: ['MAR'], target: ['ESP'] },
  { type: 'COOPERATE', s: 'أجرى الجيش المصري مناورات مشتركة مع الجيش الأردني.', trigger: 'مناورات مشتركة', start: 18, end: 32, source: ['EGY'], target: ['JOR'] },
  { type: 'COOPERATE', s: 'استأنفت السلطة الفلسطينية التنسيق الأمني مع إسرائيل.', trigger: 'التنسيق الأمني', start: 26, end: 40, source: ['PSE'], target: ['ISR'] },
  { type: 'AID', s: 'تبرعت الكويت بمليون دولار للأمم المتحدة.', trigger: 'تبرعت', start: 0, end: 5, source: ['KWT'], target: ['IGO.UNO'] },
  { type: 'AID', s: 'أعلنت الإمارات تقديم مساعدات إنسانية إلى السودان.', trigger: 'تقديم مساعدات', start: 15, end: 28, source: ['ARE'], target: ['SDN'] },
  { type: 'AID', s: 'الإمارات قدمت مساعدات إنسانية إلى السودان.', trigger: 'قدمت مساعدات', start: 9, end: 21, source: ['ARE'], target: ['SDN'] },
  { type: 'AID', s: 'أرسلت تركيا مساعدات إلى سوريا بعد الزلزال.', trigger: 'أرسلت تركيا مساعدات', start: 0, end: 19, source: ['TUR'], target: ['SYR'] },
  { type: 'RETREAT', s: 'انسحب الجيش الروسي من مدينة خيرسون.', trigger: 'انسحب', start: 0, end: 5, source: ['RUS'] },
  { type: 'RETREAT', s: 'أعلنت الولايات المتحدة سحب قواتها من أفغانستان.', trigger: 'سحب قواتها', start: 23, end: 33, source: ['USA'] },
  { type: 'RETREAT', s: 'أفرجت السلطات الإيرانية عن صحفي فرنسي.', trigger: 'أفرجت', start: 0, end: 5, source: ['IRN'], target: ['FRA'] },
  { type: 'RETREAT', s: 'أعلنت إسرائيل إطلاق سراح أسرى فلسطينيين.', trigger: 'إطلاق سراح', start: 14, end: 24, source: ['ISR'] },
  { type: 'REQUEST', s: 'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش روسيا إلى وقف الحرب.', trigger: 'دعا', start: 0, end: 3, source: ['IGO'], target: ['RUS'] },
  { type: 'REQUEST', s: 'طالبت الحكومة العراقية تركيا بسحب قواتها من شمال العراق.', trigger: 'طالبت', start: 0, end: 5, source: ['IRQ'], target: ['TUR'] },
  { type: 'REQUEST', s: 'طالب الرئيس الفلسطيني محمود عباس الولايات المتحدة بالاعتراف بدولة فلسطين.', trigger: 'طالب', start: 0, end: 4, source: ['PSE'], target: ['USA'] },
  { type: 'REQUEST', s: 'ناشد الرئيس اللبناني ميشال عون فرنسا مساعدة لبنان.', trigger: 'ناشد', start: 0, end: 4, source: ['LBN'], target: ['FRA'] },
  { type: 'REQUEST', s: 'ناشدت الحكومة اليمنية الأمم المتحدة التدخل لإنقاذ الاقتصاد.', trigger: 'ناشدت', start: 0, end: 5, source: ['YEM'], target: ['IGO.UNO'] },
  { type: 'REQUEST', s: 'شدد الأردن على ضرورة وقف الحرب.', trigger: 'شدد الأردن على ضرورة', start: 0, end: 20, source: ['JOR'] },
  { type: 'REQUEST', s: 'جدد الأردن دعوته إسرائيل إلى وقف الاستيطان.', trigger: 'دعوته', start: 11, end: 16, source: ['JOR'], target: ['ISR'] },
  { type: 'REQUEST', s: 'طلبت أوكرانيا من ألمانيا دبابات حديثة.', trigger: 'طلبت', start: 0, end: 4, source: ['UKR'], target: ['DEU'] },
  { type: 'REQUEST', s: 'دعا ملك الأردن عبد الله الثاني الحكومة الأردنية إلى تسريع الإصلاحات.', trigger: 'دعا', start: 0, end: 3, source: ['JOR'] },
  { type: 'REQUEST', s: 'دعا حزب الله الحكومة اللبنانية إلى الاستقالة.', trigger: 'دعا', start: 0, end: 3, source: ['LBN'] },
  { type: 'REQUEST', s: 'دعت جماعة الإخوان المسلمين إلى الحوار.', trigger: 'دعت', start: 0, end: 3, source: ['EGY'] },
  { type: 'REQUEST', s: 'يمارس بومبيو ضغوطا على كوريا الشمالية لنزع سلاحها النووي.', trigger: 'ضغوطا على', start: 13, end: 22, source: ['USA'], target: ['PRK'] },
  { type: 'ACCUSE', s: 'ندد الاتحاد الأوروبي بتصرفات إيران في المنطقة.', trigger: 'ندد', start: 0, end: 3, source: ['IGO.EEC'], target: ['IRN'] },
  { type: 'ACCUSE', s: 'أدانت وزارة الخارجية المصرية الهجوم الإرهابي في الصومال.', trigger: 'أدانت', start: 0, end: 5, source: ['EGY'] },
  { type: 'ACCUSE', s: 'أعربت مصر عن إدانتها للهجوم على الكنيسة.', trigger: 'إدانتها', start: 13, end: 20, source: ['EGY'] },
  { type: 'ACCUSE', s: 'انتقد الرئيس التركي رجب طيب أردوغان السويد بشدة.', trigger: 'انتقد', start: 0, end: 5, source: ['TUR'], target: ['SWE'] },
  { type: 'ACCUSE', s: 'اتهمت إيران الولايات المتحدة بالتدخل في شؤونها الداخلية.', trigger: 'اتهمت', start: 0, end: 5, source: ['IRN'], target: ['USA'] },
  { type: 'ACCUSE', s: 'اتهمت إيران إسرائيل باغتيال العالم النووي محسن فخري زاده.', trigger: 'اتهمت', start: 0, end: 5, source: ['IRN'], target: ['ISR'] },
  { type: 'ACCUSE', s: 'شن الرئيس التونسي قيس سعيد هجوما كلاميا على الاتحاد العام التونسي للشغل.', trigger: 'هجوما كلاميا', start: 27, end: 39, source: ['TUN'], target: ['TUN'] },
  { type: 'ACCUSE', s: 'حملت مصر إسرائيل المسؤولية عن التصعيد.', trigger: 'حملت مصر إسرائيل المسؤولية', start: 0, end: 26, source: ['EGY'], target: ['ISR'] },
  { type: 'ACCUSE', s: 'سلمت وزارة الخارجية الجزائرية السفير الفرنسي مذكرة احتجاج.', trigger: 'مذكرة احتجاج', start: 45, end: 57, source: ['DZA'], target: ['FRA'] },
  { type: 'ACCUSE', s: 'تبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة.', trigger: 'الاتهامات', start: 25, end: 34, parties: ['ARM', 'AZE'] },
  { type: 'ACCUSE', s: 'سارعت روسيا إلى الرد متهمة بريطانيا بممارسة ألعاب سياسية.', trigger: 'متهمة', start: 21, end: 26, source: ['RUS'], target: ['GBR'] },
  { type: 'REJECT', s: 'رفضت الجزائر الاقتراح الفرنسي.', trigger: 'رفضت', start: 0, end: 4, source: ['DZA'] },
  { type: 'REJECT', s: 'رفض الرئيس الأمريكي جو بايدن طلب إسرائيل.', trigger: 'رفض', start: 0, end: 3, source: ['USA'], target: ['ISR'] },
  { type: 'REJECT', s: 'استخدمت روسيا حق النقض ضد مشروع القرار الأمريكي.', trigger: 'حق النقض', start: 14, end: 22, source: ['RUS'] },
  { type: 'REJECT', s: 'عارضت ألمانيا فرض عقوبات جديدة على روسيا.', trigger: 'عارضت', start: 0, end: 5, source: ['DEU'] },
  { type: 'REJECT', s: 'أعلن المغرب رفضه قرار البرلمان الأوروبي.', trigger: 'رفضه', start: 12, end: 16, source: ['MAR'], target: ['IGO.EUP'] },
  { type: 'REJECT', s: 'نفت روسيا الاتهامات البريطانية بالتورط في تسميم الجاسوس.', trigger: 'نفت', start: 0, end: 3, source: ['RUS'] },
  { type: 'REJECT', s: 'ويقول نشطاء إن العملية شهدت مقتل 280 مدنيا، وهو ما تنفيه أنقرة.', trigger: 'تنفيه', start: 51, end: 56, source: ['TUR'] },
  { type: 'THREATEN', s: 'هددت كوريا الشمالية الولايات المتحدة برد عسكري.', trigger: 'هددت', start: 0, end: 4, source: ['PRK'], target: ['USA'] },
  { type: 'THREATEN', s: 'هدد الرئيس التركي رجب طيب أردوغان اليونان بالحرب.', trigger: 'هدد', start: 0, end: 3, source: ['TUR'], target: ['GRC'] },
  { type: 'THREATEN', s: 'توعد الحرس الثوري الإيراني إسرائيل بالانتقام.', trigger: 'توعد', start: 0, end: 4, source: ['IRN'], target: ['ISR'] },
  { type: 'THREATEN', s: 'جاء ذلك بعد تهديد الرئيس التركي رجب طيب أردوغان اليونان.', trigger: 'تهديد', start: 12, end: 17, source: ['TUR'], target: ['GRC'] },
  { type: 'THREATEN', s: 'حذرت روسيا حلف الناتو من مغبة إرسال أسلحة إلى أوكرانيا.', trigger: 'حذرت روسيا حلف الناتو من مغبة', start: 0, end: 29, source: ['RUS'], target: ['IGO.NAT'] },
  { type: 'THREATEN', s: 'إيران هددت إسرائيل بالرد.', trigger: 'هددت إسرائيل بالرد', start: 6, end: 24, source: ['IRN'], target: ['ISR'] },
  { type: 'PROTEST', s: 'تظاهر أنصار حزب الله أمام السفارة الأمريكية في بيروت.', trigger: 'تظاهر', start: 0, end: 5, source: ['LBN'], target: ['USA'] },
  { type: 'PROTEST', s: 'نظم الاتحاد العام التونسي للشغل مظاهرة ضد الحكومة التونسية.', trigger: 'مظاهرة', start: 32, end: 38, target: ['TUN'], sourceActor: 'TUN.CVL.UGTT' },
  { type: 'PROTEST', s: 'نظم الاتحاد العام التونسي للشغل مظاهرة أمام مقر الحكومة التونسية.', trigger: 'مظاهرة', start: 32, end: 38, target: ['TUN'], sourceActor: 'TUN.CVL.UGTT' },
  { type: 'PROTEST', s: 'شهدت العاصمة السودانية احتجاجات ضد الجيش السوداني.', trigger: 'احتجاجات', start: 23, end: 31, target: ['SDN'] },
  { type: 'PROTEST', s: 'نظم المعلمون الجزائريون اعتصاما أمام وزارة التربية الجزائرية.', trigger: 'اعتصاما', start: 24, end: 31, source: ['DZA'], target: ['DZA'] },
  { type: 'PROTEST', s: 'أعلن الاتحاد العام التونسي للشغل إضرابا عاما في تونس.', trigger: 'إضرابا', start: 33, end: 39, sourceActor: 'TUN.CVL.UGTT' },
  { type: 'PROTEST', s: 'نظم أنصار حزب الله مسيرة في بيروت ضد إسرائيل.', trigger: 'مسيرة', start: 19, end: 24, source: ['LBN'], target: ['ISR'] },
  { type: 'PROTEST', s: 'احتج الصحفيون المغاربة أمام البرلمان المغربي.', trigger: 'احتج', start: 0, end: 4, source: ['MAR'], target: ['MAR'] },
  { type: 'PROTEST', s: 'تظاهر آلاف الأردنيين أمام السفارة الإسرائيلية في عمان.', trigger: 'تظاهر', start: 0, end: 5, source: ['JOR'], target: ['ISR'] },
  { type: 'PROTEST', s: 'غداة تفريق قوات الأمن المغربية اعتصاما ليليا في الرباط.', trigger: 'اعتصاما', start: 31, end: 38 },
  { type: 'PROTEST', s: 'أضرم محتجون عراقيون النار في القنصلية الإيرانية في البصرة.', trigger: 'أضرم محتجون عراقيون النار', start: 0, end: 25, source: ['IRQ'] },
  { type: 'SANCTION', s: 'الولايات المتحدة فرضت عقوبات على إيران.', trigger: 'فرضت عقوبات', start: 17, end: 28, source: ['USA'], target: ['IRN'] },
  { type: 'SANCTION', s: 'أعلنت الولايات المتحدة فرض عقوبات على إيران.', trigger: 'فرض عقوبات', start: 23, end: 33, source: ['USA'], target: ['IRN'] },
  { type: 'SANCTION', s: 'فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.', trigger: 'فرض الاتحاد الأوروبي عقوبات', start: 0, end: 27, source: ['IGO.EEC'], target: ['RUS'] },
  { type: 'SANCTION', s: 'أعلن المغرب قطع العلاقات مع إيران.', trigger: 'قطع العلاقات', start: 12, end: 24, source: ['MAR'], target: ['IRN'] },
  { type: 'SANCTION', s: 'قطع المغرب العلاقات مع إيران.', trigger: 'قطع المغرب العلاقات', start: 0, end: 19, source: ['MAR'], target: ['IRN'] },
  { type: 'SANCTION', s: 'طردت الجزائر السفير الفرنسي.', trigger: 'طردت الجزائر السفير', start: 0, end: 19, source: ['DZA'], target: ['FRA'] },
  { type: 'SANCTION', s: 'أدرجت الولايات المتحدة حركة الشباب الصومالية على قائمة الإرهاب.', trigger: 'أدرجت الولايات المتحدة حركة الشباب الصومالية على قائمة الإرهاب', start: 0, end: 62, source: ['USA'], target: ['SOM'] },
  { type: 'SANCTION', s: 'أمهلت المملكة العربية السعودية، أمس الجمعة، سفير لبنان لديها 48 ساعة لمغادرة أراضيها.', trigger: 'أمهلت', start: 0, end: 5, source: ['SAU'], target: ['LBN'] },
  { type: 'SANCTION', s: 'منعت الإمارات مواطنيها من السفر إلى لبنان.', trigger: 'منعت الإمارات مواطنيها من السفر', start: 0, end: 31, source: ['ARE'], target: ['LBN'] },
  { type: 'SANCTION', s: 'جردت البحرين 115 بحرينيا من جنسيتهم لإدانتهم في قضية كتائب ذو الفقار.', trigger: 'إدانتهم', start: 37, end: 44, source: ['BHR'] },
  { type: 'MOBILIZE', s: 'استنفر الجيش اللبناني قواته على الحدود الجنوبية.', trigger: 'استنفر', start: 0, end: 6, source: ['LBN'] },
  { type: 'MOBILIZE', s: 'أعلن الجيش اللبناني استنفار وحداته على الحدود.', trigger: 'استنفار', start: 20, end: 27, source: ['LBN'] },
  { type: 'MOBILIZE', s: 'أعلنت تركيا نشر قوات إضافية على حدودها مع سوريا.', trigger: 'نشر قوات', start: 12, end: 20, source: ['TUR'] },
  { type: 'MOBILIZE', s: 'أعلن الجيش الإسرائيلي رفع حالة الاستنفار على الحدود مع لبنان.', trigger: 'رفع حالة الاستنفار', start: 22, end: 40, source: ['ISR'] },
  { type: 'MOBILIZE', s: 'وأرسلت تركيا فرقاطات إلى شرق المتوسط.', trigger: 'أرسلت تركيا فرقاطات', start: 1, end: 20, source: ['TUR'] },
  { type: 'MOBILIZE', s: 'أجرى الجيش الجزائري مناورات عسكرية قرب الحدود المغربية.', trigger: 'مناورات', start: 20, end: 27, source: ['DZA'] },
  { type: 'MOBILIZE', s: 'أرسلت روسيا تعزيزات عسكرية إلى سوريا.', trigger: 'أرسلت روسيا تعزيزات', start: 0, end: 19, source: ['RUS'] },
  { type: 'MOBILIZE', s: 'كثفت بريطانيا إجراءاتها الأمنية في لندن.', trigger: 'كثفت بريطانيا إجراءاتها الأمنية', start: 0, end: 31, source: ['GBR'] },
  { type: 'COERCE', s: 'اعتقلت الشرطة التركية صحفيا سويديا في إسطنبول.', trigger: 'اعتقلت', start: 0, end: 6, source: ['TUR'], target: ['SWE'] },
  { type: 'COERCE', s: 'اعتقلت قوات الاحتلال الإسرائيلي ناشطا فلسطينيا في الضفة الغربية.', trigger: 'اعتقلت', start: 0, end: 6, source: ['ISR'], target: ['PSE'] },
  { type: 'COERCE', s: 'أعلنت الجزائر اعتقال صحفي فرنسي.', trigger: 'اعتقال', start: 14, end: 20, source: ['DZA'], target: ['FRA'] },
  { type: 'COERCE', s: 'داهمت الشرطة الفرنسية مقر منظمة إسلامية في باريس.', trigger: 'داهمت', start: 0, end: 5, source: ['FRA'] },
  { type: 'COERCE', s: 'نفذت الشرطة المغربية مداهمة لمقر جماعة العدل والإحسان في الرباط.', trigger: 'مداهمة', start: 21, end: 27, source: ['MAR'], target: ['MAR'] },
  { type: 'COERCE', s: 'صادرت السلطات الإسرائيلية أراضي فلسطينية في الخليل.', trigger: 'صادرت', start: 0, end: 5, source: ['ISR'] },
  { type: 'COERCE', s: 'فرض الجيش السوداني حظر التجول في الخرطوم.', trigger: 'حظر التجول', start: 19, end: 29, source: ['SDN'] },
  { type: 'COERCE', s: 'شنت الشرطة المصرية حملة اعتقالات في القاهرة.', trigger: 'حملة اعتقالات', start: 19, end: 32, source: ['EGY'] },
  { type: 'COERCE', s: 'أحبطت قوات الأمن المغربية محاولة تهريب أسلحة إلى الجزائر.', trigger: 'أحبطت', start: 0, end: 5, source: ['MAR'] },
  { type: 'COERCE', s: 'فككت الشرطة التونسية خلية إرهابية في سوسة.', trigger: 'فككت', start: 0, end: 4, source: ['TUN'] },
  { type: 'COERCE', s: 'أعلنت وزارة الداخلية التونسية إيقاف 80 شخصا مفتشا عنهم.', trigger: 'إيقاف', start: 30, end: 35, source: ['TUN'] },
  { type: 'COERCE', s: 'نزعت السلطات البحرينية الجنسية عن 115 شخصا.', trigger: 'نزعت السلطات البحرينية الجنسية', start: 0, end: 30, source: ['BHR'] },
  { type: 'COERCE', s: 'قررت المحكمة التركية منعهما من مغادرة البلاد.', trigger: 'منعهما من مغادرة', start: 21, end: 37, source: ['TUR'] },
  { type: 'COERCE', s: 'قررت وزارة الداخلية اللبنانية تقييد حركة الشاحنات يوم الانتخابات.', trigger: 'تقييد حركة', start: 30, end: 40, source: ['LBN'] },
  { type: 'COERCE', s: 'فرقت الشرطة العراقية المتظاهرين في بغداد.', trigger: 'فرقت', start: 0, end: 4, source: ['IRQ'] },
  { type: 'COERCE', s: 'فضت قوات الشرطة والجيش المصرية اعتصام رابعة العدوية.', trigger: 'فضت', start: 0, end: 3, source: ['EGY'] },
  { type: 'COERCE', s: 'تواصل قوات الأمن التونسية تمشيط جبال الشعانبي.', trigger: 'تمشيط', start: 26, end: 31, source: ['TUN'] },
  { type: 'COERCE', s: 'أطاح الجيش المصري بالرئيس محمد مرسي في يوليو 2013.', trigger: 'أطاح', start: 0, end: 4, source: ['EGY'], target: ['EGY'] },
  { type: 'ASSAULT', s: 'وتنفذ تركيا ضربات على مواقع حزب العمال الكردستاني في شمال العراق.', trigger: 'ضربات', start: 12, end: 17, source: ['TUR'] },
  { type: 'COERCE', s: 'جردت السلطات البحرينية عشرات المعارضين من جنسيتهم.', trigger: 'جردت', start: 0, end: 4, source: ['BHR'], target: ['BHR'] },
  { type: 'COERCE', s: 'ونهبت قوات الدعم السريع ثلاث شاحنات مساعدات قرب مدينة الأبيض السودانية.', trigger: 'نهبت', start: 1, end: 5, source: ['SDN'], target: ['SDN'] },
  { type: 'AID', s: 'تعهدت الإمارات بتقديم 70 مليون دولار لوكالات الأمم المتحدة العاملة في السودان.', trigger: 'تعهدت الإمارات بتقديم', start: 0, end: 21, source: ['ARE'] },
  { type: 'SANCTION', s: 'وطلبت كينيا من السفير الصومالي مغادرة أراضيها.', trigger: 'طلبت كينيا من السفير', start: 1, end: 21, source: ['KEN'], target: ['SOM'] },
  // a filter's context word inside another word: بهدف ("in order to") is no sport goal, فكرة ("idea") no ball
  { type: 'ASSAULT', s: 'هاجم مسلحون مواقع الجيش المصري بهدف السيطرة عليها.', trigger: 'هاجم', start: 0, end: 4 },
  { type: 'REJECT', s: 'رفض المغرب فكرة إقامة مراكز استقبال للمهاجرين على أراضيه.', trigger: 'رفض', start: 0, end: 3, source: ['MAR'] },
  { type: 'ASSAULT', s: 'قصف الجيش الروسي مدينة خاركيف الأوكرانية.', trigger: 'قصف', start: 0, end: 3, source: ['RUS'], target: ['UKR'] },
  { type: 'ASSAULT', s: 'تواصل القصف الإسرائيلي على قطاع غزة.', trigger: 'القصف', start: 6, end: 11, target: ['PSE'] },
  { type: 'ASSAULT', s: 'تعرضت مدينة خاركيف الأوكرانية لقصف روسي عنيف.', trigger: 'قصف', start: 31, end: 34, target: ['UKR'] },
  { type: 'ASSAULT', s: 'أعلن الجيش الإسرائيلي تنفيذ غارة على دمشق.', trigger: 'غارة', start: 28, end: 32, source: ['ISR'], target: ['SYR'] },
  { type: 'ASSAULT', s: 'شن الجيش الإسرائيلي غارات على مواقع لحزب الله في جنوب لبنان.', trigger: 'شن الجيش الإسرائيلي غارات', start: 0, end: 25, source: ['ISR'], target: ['LBN'] },
  { type: 'ASSAULT', s: 'نفذت حركة الشباب هجوما على قاعدة للجيش الصومالي.', trigger: 'هجوما', start: 17, end: 22, source: ['SOM'], target: ['SOM'] },
  { type: 'ASSAULT', s: 'هاجمت حركة طالبان مركزا للشرطة الأفغانية.', trigger: 'هاجمت', start: 0, end: 5, source: ['AFG'] },
  { type: 'ASSAULT', s: 'استهدف الحوثيون مطار أبها السعودي.', trigger: 'استهدف', start: 0, end: 6, source: ['YEM'], target: ['SAU'] },
  { type: 'ASSAULT', s: 'اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.', trigger: 'اشتباكات', start: 7, end: 15, source: ['SDN'], target: ['SDN'] },
  { type: 'ASSAULT', s: 'قتل الجيش الإسرائيلي ثلاثة فلسطينيين في جنين.', trigger: 'قتل', start: 0, end: 3, source: ['ISR'] },
  { type: 'ASSAULT', s: 'تبنى تنظيم داعش تفجير كنيسة في القاهرة.', trigger: 'تفجير', start: 16, end: 21, source: ['INT.REB.ISIS'] },
  { type: 'ASSAULT', s: 'فجر تنظيم داعش سيارة مفخخة في بغداد.', trigger: 'سيارة مفخخة', start: 15, end: 26, source: ['INT.REB.ISIS'], modality: 'asserted' },
  { type: 'ASSAULT', s: 'اغتالت إسرائيل القيادي في حركة حماس صالح العاروري في بيروت.', trigger: 'اغتالت', start: 0, end: 6, source: ['ISR'], target: ['PSE'] },
  { type: 'ASSAULT', s: 'أعلنت إيران اغتيال العالم النووي محسن فخري زاده.', trigger: 'اغتيال', start: 12, end: 18, source: [], target: ['IRN'] },
  { type: 'REJECT', s: 'ونفت قوات الدعم السريع في بيان أي علاقة لها بالهجوم.', trigger: 'نفت', start: 1, end: 4, source: ['SDN'] },
  { type: 'ASSAULT', s: 'قال الجيش الإسرائيلي في بيان إنه استهدف مواقع لحركة حماس.', trigger: 'استهدف', start: 33, end: 39, source: ['ISR'] },
  { type: 'ASSAULT', s: 'أعلن الجيش الإسرائيلي اغتيال القيادي في حركة حماس أحمد الجعبري.', trigger: 'اغتيال', start: 22, end: 28, source: ['ISR'], target: ['PSE'] },
  { type: 'ASSAULT', s: 'خطفت جماعة بوكو حرام عشرات الطالبات في نيجيريا.', trigger: 'خطفت', start: 0, end: 4, source: ['NGA'] },
  { type: 'ASSAULT', s: 'أطلقت حركة حماس صواريخ على إسرائيل.', trigger: 'أطلقت حركة حماس صواريخ', start: 0, end: 22, source: ['PSE'], target: ['ISR'] },
  { type: 'ASSAULT', s: 'سيطر الجيش السوري على مدينة دوما.', trigger: 'سيطر', start: 0, end: 4, source: ['SYR'] },
  { type: 'ASSAULT', s: 'توغلت القوات الإسرائيلية في بلدة بيت حانون.', trigger: 'توغلت', start: 0, end: 5, source: ['ISR'] },
  { type: 'ASSAULT', s: 'غداة تفريق قوات الأمن المغربية اعتصاما ليليا في الرباط.', trigger: 'تفريق', start: 5, end: 10, source: ['MAR'] },
  // lexicon gaps from the missed gold events: liberated/retaken places, pursuit, seizures with enclitics, closed bridges,
  // naval deployments, Sudanese marches (مواكب), boycotted sessions, protest gatherings, hunger strikes (إضراب جوع),
  // standing by an ally, consular offices, withdrawn support, casting doubt (شكك), airlifts
  { type: 'ASSAULT', s: 'تمكن الجيش اليمني من تحرير مدينة الحزم من الحوثيين.', trigger: 'تحرير مدينة', start: 21, end: 32, source: ['YEM'] },
  { type: 'ASSAULT', s: 'أعلنت المعارضة السورية انتزاع السيطرة على بلدة كفرنبودة.', trigger: 'انتزاع السيطرة', start: 23, end: 37, source: ['SYR'] },
  { type: 'COERCE', s: 'تلاحق قوات الأمن التونسية جماعة مسلحة في جبال القصرين.', trigger: 'تلاحق', start: 0, end: 5, source: ['TUN'] },
  { type: 'COERCE', s: 'حجزتها الشرطة التونسية في ميناء رادس.', trigger: 'حجزتها', start: 0, end: 6, source: ['TUN'] },
  { type: 'COERCE', s: 'أغلقت السلطات السودانية الجسور في الخرطوم.', trigger: 'أغلقت السلطات السودانية الجسور', start: 0, end: 30, source: ['SDN'] },
  { type: 'MOBILIZE', s: 'أعلنت اليونان نشر قطع بحرية في بحر إيجة.', trigger: 'نشر قطع بحرية', start: 14, end: 27, source: ['GRC'] },
  // أعمال العنف is a riot where protesters are named near it
  { type: 'PROTEST', s: 'وشهدت البصرة أعمال عنف خلال احتجاجات المحتجين العراقيين على نقص الكهرباء.', trigger: 'أعمال عنف', start: 13, end: 22, source: ['IRQ'] },
  // the verbal noun انتشار alone, with the troops named just before it
  { type: 'MOBILIZE', s: 'بدأت وحدات من الجيش اللبناني، فجر اليوم، انتشارا واسعا في أحياء مدينة طرابلس.', trigger: 'انتشارا', start: 41, end: 48, source: ['LBN'], target: [] },
  // a refusal said with a negated verb of accepting or backing down is REJECT, not a negated AGREE or CONCEDE
  { type: 'REJECT', s: 'وقال رئيس الوزراء اليوناني إن بلاده لن تقبل بسياسة الأمر الواقع.', trigger: 'لن تقبل', start: 36, end: 43, source: ['GRC'], modality: 'asserted' },
  { type: 'REJECT', s: 'وأكد الوزير أن الحكومة التونسية لن تتراجع عن قرار إحالة الملفات على هيئة مستقلة.', trigger: 'لن تتراجع عن', start: 32, end: 44, source: ['TUN'], modality: 'asserted' },
  // a number and the words of an approximate number are no gap between the parts of a phrase
  { type: 'MOBILIZE', s: 'وتنشر كينيا نحو 3600 جندي في جنوب الصومال ضمن بعثة الاتحاد الأفريقي.', trigger: 'تنشر كينيا نحو 3600 جندي', start: 1, end: 25, source: ['KEN'] },
  { type: 'PROTEST', s: 'خرجت مواكب حاشدة في الخرطوم ضد الجيش السوداني.', trigger: 'مواكب حاشدة', start: 5, end: 16, target: ['SDN'] },
  { type: 'PROTEST', s: 'قاطع نواب المعارضة التونسية جلسة البرلمان.', trigger: 'قاطع', start: 0, end: 4, source: ['TUN'] },
  { type: 'PROTEST', s: 'تجمع عشرات الناشطين التونسيين أمام مقر البرلمان مرددين شعارات ضد الحكومة.', trigger: 'تجمع', start: 0, end: 4, source: ['TUN'] },
  { type: 'PROTEST', s: 'دخل عشرات المعتقلين الفلسطينيين في إضراب جوع مفتوح ضد إسرائيل.', trigger: 'إضراب جوع', start: 35, end: 44, source: ['PSE'], target: ['ISR'] },
  { type: 'SUPPORT', s: 'أكدت السعودية الوقوف إلى جانب تونس.', trigger: 'الوقوف إلى جانب', start: 14, end: 29, source: ['SAU'], target: ['TUN'] },
  { type: 'SUPPORT', s: 'أعلنت الإمارات فتح مكتب قنصلي بالتنسيق مع تونس.', trigger: 'فتح مكتب قنصلي', start: 15, end: 29, source: ['ARE'], target: ['TUN'] },
  { type: 'SANCTION', s: 'قررت كتلة حركة النهضة سحب مساندتها للحكومة التونسية.', trigger: 'سحب مساندتها', start: 22, end: 34, source: ['TUN'], target: ['TUN'] },
  { type: 'ACCUSE', s: 'شكك وزير الخارجية الروسي في نوايا الولايات المتحدة.', trigger: 'شكك', start: 0, end: 3, source: ['RUS'], target: ['USA'] },
  { type: 'AID', s: 'أطلقت الكويت جسرا جويا إلى تركيا.', trigger: 'جسرا جويا', start: 13, end: 22, source: ['KWT'], target: ['TUR'] },
  // a promise or a plan to lift sanctions, restrictions or an emergency is a verbal concession (CONCEDE), not the lifting
  // (RETREAT ease) nor a promise of cooperation (AGREE)
  { type: 'CONCEDE', s: 'وعد الرئيس السوداني عمر البشير برفع حالة الطوارئ في البلاد.', trigger: 'وعد الرئيس السوداني عمر البشير برفع حالة الطوارئ', start: 0, end: 48, source: ['SDN'] },
  { type: 'CONCEDE', s: 'وتعهدت الحكومة المصرية بتخفيف القيود على المعابر مع قطاع غزة.', trigger: 'تعهدت الحكومة المصرية بتخفيف القيود', start: 1, end: 36, source: ['EGY'] },
  // a candidate or a party leaving an election steps down (RETREAT, like a resignation), no military withdrawal
  { type: 'RETREAT', s: 'أعلن المرشح اللبناني فؤاد مخزومي انسحابه من الانتخابات النيابية.', trigger: 'انسحابه من الانتخابات', start: 33, end: 54, source: ['LBN'] },
  { type: 'RETREAT', s: 'سحب الرئيس الموريتاني ترشحه لولاية ثالثة.', trigger: 'سحب الرئيس الموريتاني ترشحه', start: 0, end: 27, source: ['MRT'] },
  // a ban on another country's goods entering (حظرت … دخول شحنات), a date between verb and دخول, is a trade embargo (SANCTION), not COERCE ban
  { type: 'SANCTION', s: 'وكانت الكويت قد حظرت في يناير الماضي دخول شحنات الدواجن الفرنسية إلى أراضيها.', trigger: 'حظرت في يناير الماضي دخول شحنات', start: 16, end: 47, source: ['KWT'], target: ['FRA'] },
  // a verdict whose court, date or convicts stand between the verb and the ب-sentence noun (past a comma): the verb is the trigger
  { type: 'SANCTION', s: 'قضت محكمة تونسية، أمس الثلاثاء، بسجن ناشط تونسي معارض عامين.', trigger: 'قضت', start: 0, end: 3, source: ['TUN'], target: ['TUN'], date: '2023-03-14' },
  { type: 'SANCTION', s: 'وحكم القضاء البلجيكي على رجل الأعمال المغربي الذي يقيم في بروكسل بالسجن ثلاث سنوات.', trigger: 'حكم', start: 1, end: 4, source: ['BEL'], target: ['MAR'] },
  // a verdict in absentia (غيابيا) before its sentence noun: the phrase runs on to the noun; a court named القضاء is no «time served» (قضاء)
  { type: 'SANCTION', s: 'أصدر القضاء الجزائري حكما غيابيا بالسجن عشرين عاما على وزير الصناعة الجزائري الأسبق.', trigger: 'أصدر القضاء الجزائري حكما غيابيا بالسجن', start: 0, end: 39, source: ['DZA'] },
  { type: 'SANCTION', s: 'أصدر القضاء التونسي، أمس الخميس، حكما بالسجن المؤبد على وزير تونسي سابق.', trigger: 'حكما بالسجن', start: 33, end: 44, source: ['TUN'], target: ['TUN'], date: '2023-03-14' },
  // fighting an army or an armed group named right after the verb (قاتلت القوات، تقاتل ضد) is ASSAULT
  { type: 'ASSAULT', s: 'وكانت حركة طالبان الأفغانية قد قاتلت القوات الأمريكية طوال عشرين عاما.', trigger: 'قاتلت القوات', start: 31, end: 43, source: ['AFG'], target: ['USA'] },
  // dispersing a protest by force (بالقوة) is violent crowd control, ASSAULT; without it the dispersal stays COERCE (فرقت above)
  { type: 'ASSAULT', s: 'فرّقت الشرطة الأردنية بالقوة تجمعا لمحتجين أمام مجلس النواب في عمان.', trigger: 'فرّقت الشرطة الأردنية بالقوة', start: 0, end: 28, source: ['JOR'], target: ['JOR'] },
  { type: 'ASSAULT', s: 'فضت الشرطة المصرية الاعتصام بالقوة في القاهرة.', trigger: 'فضت الشرطة المصرية الاعتصام بالقوة', start: 0, end: 34, source: ['EGY'] },
  // being poisoned (تسمم, intransitive): the subject is the victim, the TARGET
  { type: 'ASSAULT', s: 'وتسمم ضابط المخابرات الروسي السابق بغاز الأعصاب في مدينة بريطانية في مارس 2018.', trigger: 'تسمم', start: 1, end: 5, source: [], target: ['RUS'], date: '2018-03' },
  // an armed side's flight (فرار) from a place is a forced withdrawal, RETREAT
  { type: 'RETREAT', s: 'وأحرق مسلحو تنظيم داعش مخازن الأسلحة قبل فرارهم من مدينة الموصل العراقية.', trigger: 'فرارهم', start: 41, end: 47, source: ['INT.REB.ISIS'], target: ['IRQ'] },
  // annexing territory (ضم، ضمت + the territory) is occupation, COERCE (CAMEO 192)
  { type: 'COERCE', s: 'ضمت إسرائيل هضبة الجولان السورية عام 1981.', trigger: 'ضمت', start: 0, end: 3, source: ['ISR'], target: ['SYR'], date: '1981' },
];

/** Modality: expected (سيزور، من المقرر أن، يرتقب أن), negated (لم يزر، نفى), reported (حسب مصادر، قال ناشطون), hypothetical (إذا، في حال). */
const MODALITY: Row[] = [
  { type: 'CONSULT', s: 'سيزور الرئيس الفرنسي إيمانويل ماكرون المغرب الأسبوع المقبل.', trigger: 'سيزور', start: 0, end: 5, source: ['FRA'], target: ['MAR'], modality: 'expected' },
  { type: 'CONSULT', s: 'من المقرر أن يلتقي وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي في بكين.', trigger: 'يلتقي', start: 13, end: 18, source: ['USA'], target: ['CHN'], modality: 'expected' },
  { type: 'CONSULT', s: 'يرتقب أن يزور الرئيس الإسرائيلي إسحاق هرتسوغ الإمارات.', trigger: 'يزور', start: 9, end: 13, source: ['ISR'], target: ['ARE'], modality: 'expected' },
  { type: 'CONSULT', s: 'لم يزر الرئيس الأمريكي جو بايدن مصر خلال ولايته.', trigger: 'يزر', start: 3, end: 6, source: ['USA'], target: ['EGY'], modality: 'negated' },
  { type: 'ASSAULT', s: 'نفت روسيا قصف المستشفى في ماريوبول.', trigger: 'قصف', start: 10, end: 13, source: ['RUS'], modality: 'negated' },
  { type: 'CONSULT', s: 'نفت قطر وجود محادثات مع إسرائيل.', trigger: 'محادثات', start: 13, end: 20, source: ['QAT'], target: ['ISR'], modality: 'negated' },
  { type: 'ASSAULT', s: 'قصف الجيش السوري ريف إدلب، حسب مصادر محلية.', trigger: 'قصف', start: 0, end: 3, source: ['SYR'], modality: 'reported' },
  { type: 'ASSAULT', s: 'قال ناشطون إن الجيش السوري قصف بلدة في ريف إدلب.', trigger: 'قصف', start: 27, end: 30, source: ['SYR'], modality: 'reported' },
  { type: 'COERCE', s: 'قالت مصادر إن الشرطة الإسرائيلية اعتقلت عشرات الفلسطينيين في القدس.', trigger: 'اعتقلت', start: 33, end: 39, source: ['ISR'], modality: 'reported' },
  { type: 'COERCE', s: 'قال ناشطون إن قوات الأمن السورية اعتقلت عشرات المتظاهرين في درعا.', trigger: 'اعتقلت', start: 33, end: 39, sourceActor: 'SYR.COP', modality: 'reported' },
  { type: 'ASSAULT', s: 'إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.', trigger: 'هاجمت', start: 4, end: 9, source: ['ISR'], target: ['IRN'], modality: 'hypothetical' },
  { type: 'CONSULT', s: 'في حال زار الرئيس الإسرائيلي المغرب ستكون الزيارة الأولى من نوعها.', trigger: 'زار', start: 7, end: 10, source: ['ISR'], target: ['MAR'], modality: 'hypothetical' },
];

/** Dates: أمس is the day before publication; an explicit date is the event's own, not the publication's. */
const DATES: Row[] = [
  { type: 'CONSULT', s: 'زار وزير الدفاع الإسرائيلي بيني غانتس المغرب في 24 نوفمبر 2021.', trigger: 'زار', start: 0, end: 3, source: ['ISR'], target: ['MAR'], date: '2021-11-24', dct: '2024-01-10' },
  { type: 'AGREE', s: 'وقّعت إسرائيل والمغرب مذكرة تفاهم دفاعية في 24 نوفمبر 2021.', trigger: 'وقّعت', start: 0, end: 5, parties: ['ISR', 'MAR'], date: '2021-11-24', dct: '2023-03-15' },
  { type: 'CONSULT', s: 'التقى وزير الخارجية المغربي ناصر بوريطة أمس نظيره الإسباني خوسيه مانويل ألباريس.', trigger: 'التقى', start: 0, end: 5, source: ['MAR'], target: ['ESP'], date: '2023-03-14', dct: '2023-03-15' },
  { type: 'ASSAULT', s: 'قصف الجيش الروسي أمس مدينة خاركيف الأوكرانية.', trigger: 'قصف', start: 0, end: 3, source: ['RUS'], target: ['UKR'], date: '2022-10-09', dct: '2022-10-10' },
  // a participle of state goes with the sentence's main verb and has its date, past the verbs of the quote
  { type: 'REQUEST', s: 'وقال وزير الداخلية المغربي في 24 نوفمبر 2021 إن الوزارة ترفض أي حديث عن الإدماج، داعيا الأساتذة إلى العودة إلى الأقسام.', trigger: 'داعيا', start: 81, end: 86, source: ['MAR'], date: '2021-11-24' },
  // a date after the publication date dates no past verb (the summer is the tournament's): the act of the lead has the news day
  { type: 'ACCUSE', s: 'انتقدت الخارجية الروسية تصريحات أدلى بها وزير الخارجية البريطاني عن البطولة المقرر أن تجرى في روسيا الصيف المقبل.', trigger: 'انتقدت', start: 0, end: 6, source: ['RUS'], target: ['GBR'], date: '2023-03-15' },
  // an act named after «after» came before the news: no news day
  { type: 'AGREE', s: 'زار وزير الخارجية الفرنسي طهران بعد التوصل إلى اتفاق نووي بين إيران والقوى الكبرى.', trigger: 'التوصل إلى اتفاق', start: 36, end: 52, date: null },
];

describe('event triggers: the 16 PLOVER types', () => {
  test('the table covers every PLOVER type with at least two rows that pass today', () => {
    for (const t of PLOVER_TYPES) assert.ok(TRIGGERS.filter((r) => r.type === t && !r.todo).length >= 2, t);
  });
  run(TRIGGERS);
});

describe('event triggers: modality', () => run(MODALITY));

describe('event triggers: dates', () => run(DATES));
