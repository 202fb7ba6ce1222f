import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/reader/text.ts';
import { RasdError } from '../../src/errors.ts';
import { DROP_REASONS, isDropReason } from '../../src/reader/reasons.ts';
import { foldForMatch, foldWithMap, matchDebris, titleKey } from '../../src/reader/debris.ts';
import { isCreditLine, splitCaptionCredit } from '../../src/reader/captions.ts';
import { loadData } from '../../src/data.ts';

const P1 = 'أعلنت وزارة الخارجية المصرية، اليوم الأحد، أن الوزير سيتوجه إلى الخرطوم في زيارة تستمر يومين لبحث ملف سد النهضة مع المسؤولين السودانيين.';
const P2 = 'وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التشاور المستمر بين البلدين حول القضايا الإقليمية ذات الاهتمام المشترك.';
const P3 = 'وكانت القاهرة والخرطوم قد وقعتا في مارس الماضي اتفاقاً للتعاون العسكري يشمل تبادل الخبرات والتدريب المشترك بين جيشي البلدين.';
const TITLE = 'وزير الخارجية المصري يزور الخرطوم لبحث ملف سد النهضة';

function rasdCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    assert.ok(e instanceof RasdError, `expected a RasdError, got ${String(e)}`);
    return e.code;
  }
}

describe('readText: errors', () => {
  test('empty, whitespace-only and NUL-only input is E_EMPTY_INPUT', () => {
    for (const raw of ['', '   ', '\n\n\r\n \t\n', '\u00a0\u200f\n\ufeff', '\u0000\n']) assert.equal(rasdCode(() => readText(raw)), 'E_EMPTY_INPUT');
  });
  test('all debris is E_EMPTY_INPUT', () => {
    assert.equal(rasdCode(() => readText('+ الخط -\nشارك\nطباعة\n12 سبتمبر 2022\nالمساهمون')), 'E_EMPTY_INPUT');
    assert.equal(rasdCode(() => readText('** جميع المقالات المنشورة تمثل رأي كتابها فقط.')), 'E_EMPTY_INPUT');
  });
  test('input over the limit is E_TOO_LARGE', () => {
    assert.equal(rasdCode(() => readText(P1, {}, { maxChars: 20 })), 'E_TOO_LARGE');
  });
  test('stray NULs are not binary here (the input layer decides): they are dropped', () => {
    // every article of arabic_newspapers_corpus_19countries ends with a single NUL
    const a = readText(`${TITLE}\r\n${P1}\r\n\r\n${P2}\r\n\u0000`);
    assert.equal(a.title, TITLE);
    assert.deepEqual(a.paragraphs, [P1, P2]);
    assert.deepEqual(a.dropped, []);
    assert.deepEqual(readText(`${P1}\u0000${P2}\u0000\u0000`).paragraphs, [`${P1} ${P2}`]);
    assert.deepEqual(readText('\u0000\u0001PK\u0003\u0004'.repeat(40)).paragraphs.length, 1);
  });
  test('a non-string is E_BAD_INPUT', () => {
    assert.equal(rasdCode(() => readText(42 as unknown as string)), 'E_BAD_INPUT');
  });
});

describe('readText: lines and paragraphs', () => {
  test('CRLF, CR, BOM, NBSP and trailing spaces; words unchanged inside lines', () => {
    const a = readText(`\ufeff${TITLE} \r\n\r\n ${P1}\u00a0\r${P2.replace('بيان', 'بيـــان')}\t\n\n\n${P3}  `);
    assert.equal(a.title, TITLE);
    assert.deepEqual(a.paragraphs, [P1, P2.replace('بيان', 'بيـــان'), P3]);
  });
  test('NBSP and harakat inside a line are kept', () => {
    const p = 'قالَ الوزير\u00a0إن المفاوضات مستمرة وإن الجانبين اتفقا على عقد جولة جديدة من المحادثات الشهر المقبل في العاصمة.';
    assert.deepEqual(readText(p).paragraphs, [p]);
  });
  test('control characters are removed, never returned', () => {
    const a = readText(`${P1}\n\u0000\n${P2}\u0000\n`);
    assert.deepEqual(a.paragraphs, [P1, P2]);
  });
  test('every non-empty input line is the title, a caption, a dropped line or a paragraph, once', () => {
    const raw = [TITLE, TITLE, 'الأحد 12 مارس 2023', 'الوزير خلال مؤتمر صحفي في القاهرة (رويترز)', 'شارك', P1, 'اقرأ أيضاً:', 'السودان يرحب بالوساطة', 'إثيوبيا تبدأ الملء الرابع', P2, P3, 'المصدر: وكالات'].join('\n');
    const a = readText(raw);
    assert.equal((a.title ? 1 : 0) + a.captions.length + a.dropped.length + a.paragraphs.length, raw.split('\n').length);
    assert.deepEqual(a.paragraphs, [P1, P2, P3]);
    assert.deepEqual(
      a.dropped.map((d) => d.reason),
      ['repeated title', 'dateline', 'share widget', 'related article', 'related article', 'related article', 'source line'],
    );
  });
});

describe('readText: title', () => {
  test('the first line is the title when it reads as a headline', () => {
    assert.equal(readText(`${TITLE}\n${P1}\n${P2}`).title, TITLE);
    assert.equal(readText(`هل تنجح الوساطة الأفريقية في سد النهضة؟\n${P1}`).title, 'هل تنجح الوساطة الأفريقية في سد النهضة؟');
  });
  test('no title when the first line is a sentence, a clause, or too long', () => {
    assert.equal(readText(`${P1}\n${P2}`).title, null);
    assert.equal(readText(`وقال الوزير في بيان:\n${P1}`).title, null);
    assert.equal(readText(`${'كلمة '.repeat(45)}\n${P1}`).title, null);
    assert.equal(readText(`السودان\n${P1}`).title, null);
  });
  test('the title is looked for after leading debris and datelines', () => {
    const a = readText(`الرئيسية > أخبار > سياسة\n12 مارس 2023\n${TITLE}\n${P1}`);
    assert.equal(a.title, TITLE);
    assert.equal(a.published, '2023-03-12');
    assert.deepEqual(a.dropped.map((d) => d.reason), ['navigation', 'dateline']);
  });
  test('a given title wins; a copy of it (hamza, harakat, punctuation aside) is dropped', () => {
    const a = readText(`وزيرُ الخارجية المصري يزور الخرطوم لبحث ملف سد النهضة.\n${P1}\n${P2}`, { title: TITLE.replace('الخارجية', 'الخارجيّة') });
    assert.equal(a.title, TITLE.replace('الخارجية', 'الخارجيّة'));
    assert.deepEqual(a.dropped.map((d) => d.reason), ['repeated title']);
    assert.deepEqual(a.paragraphs, [P1, P2]);
  });
  test('with a given title, another headline-like first line stays in the body', () => {
    const sub = 'الزيارة هي الأولى منذ تشكيل الحكومة الانتقالية';
    assert.deepEqual(readText(`${sub}\n${P1}`, { title: TITLE }).paragraphs, [sub, P1]);
  });
  test('a copy of the title after the prose has started is not dropped', () => {
    assert.deepEqual(readText(`${TITLE}\n${P1}\n${TITLE}\n${P2}`).paragraphs, [P1, TITLE, P2]);
  });
  test('a text that is only a headline keeps it as its body', () => {
    const a = readText(TITLE);
    assert.equal(a.title, null);
    assert.deepEqual(a.paragraphs, [TITLE]);
    const b = readText(TITLE, { title: TITLE });
    assert.equal(b.title, TITLE);
    assert.deepEqual(b.paragraphs, [TITLE]);
    assert.deepEqual(b.dropped, []);
  });
});

describe('readText: published', () => {
  test('a given date wins, the dateline line is still dropped', () => {
    const a = readText(`${TITLE}\n12 مارس 2023\n${P1}`, { published: '2023-03-13' });
    assert.equal(a.published, '2023-03-13');
    assert.deepEqual(a.dropped, [{ text: '12 مارس 2023', reason: 'dateline' }]);
  });
  test('a publication label is preferred to an update label', () => {
    const a = readText(`${TITLE}\nآخر تحديث: 14/03/2023 10:00\nنشر في: 12/03/2023 - 08:15\n${P1}`);
    assert.equal(a.published, '2023-03-12T08:15');
  });
  test('a labelled date at the bottom', () => {
    assert.equal(readText(`${P1}\n${P2}\nنشر بتاريخ 12 مارس 2023`).published, '2023-03-12');
  });
  test('a bare date above a closing line at the bottom stays (a letter, a list)', () => {
    const a = readText(`${P1}\n${P2}\nإيمان\n17/07/2018\nللاطلاع على المشروع كاملا`);
    assert.equal(a.published, null);
    assert.ok(a.paragraphs.includes('17/07/2018'));
  });
  test('a date line in the middle of the text stays in the body', () => {
    const a = readText(`${P1}\n12 مارس 2023\n${P2}\n${P3}`);
    assert.equal(a.published, null);
    assert.deepEqual(a.paragraphs, [P1, '12 مارس 2023', P2, P3]);
  });
  test('the SPA dateline gives the Gregorian date', () => {
    assert.equal(readText(`الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n${P1}\n// انتهى //\n18:25 ت م`).published, '2015-08-10');
  });
});

describe('readText: captions', () => {
  test('a short line ending with an agency credit is a caption', () => {
    const a = readText(`${TITLE}\nالوزير لدى وصوله إلى مطار الخرطوم (أ ف ب)\n${P1}`);
    assert.deepEqual(a.captions, [{ text: 'الوزير لدى وصوله إلى مطار الخرطوم', credit: 'أ ف ب' }]);
    assert.deepEqual(a.paragraphs, [P1]);
  });
  test('photographer credits', () => {
    const a = readText(`${P1}\nالنائب خلال مؤتمره الصحفي (تصوير: جمال الشمعة)\n${P2}`);
    assert.deepEqual(a.captions, [{ text: 'النائب خلال مؤتمره الصحفي', credit: 'تصوير: جمال الشمعة' }]);
  });
  test('a paragraph signed by its agency is not a caption', () => {
    const p = 'وأعلنت الحكومة حالة الطوارئ في ثلاث ولايات بعد الفيضانات التي اجتاحت البلاد. (أ ف ب)';
    assert.deepEqual(readText(`${P1}\n${p}`).paragraphs, [P1, p]);
  });
  test('a paragraph signed with its source is not a caption', () => {
    const p = 'يذكر أن الفتى يزاول تعليمه وأن أحد رفاقه قد أكد أنه من أفضل الطلاب في الصف. المصدر (فرانس 24)';
    assert.deepEqual(readText(`${P1}\n${p}`).paragraphs, [P1, p]);
  });
  test('an abbreviation after an agency name is not a caption', () => {
    const p = 'وفقا لما ذكرته وكالة الأنباء السعودية (واس)';
    assert.deepEqual(readText(`${P1}\n${p}\n${P2}`).captions, []);
  });
  test('an unknown Latin acronym is not a credit', () => {
    const p = 'منظمة الصحة العالمية (WHO)';
    assert.deepEqual(readText(`${P1}\n${p}\n${P2}`).paragraphs, [P1, p, P2]);
  });
});

describe('readText: debris rules do not eat body sentences', () => {
  const body = [
    'وقال المصدر إن الوفد سيعود إلى القاهرة مساء الغد بعد انتهاء المباحثات.',
    'المصدر: الوزير سيعلن خلال أيام تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاق، وهو ما رحبت به الأطراف كافة.',
    'اقرأ أيضاً ما كتبه المحللون عن الأزمة في الصحف المحلية، فقد تباينت الآراء حول جدوى الوساطة.',
    'وشارك في الاجتماع وزراء خارجية دول الجوار وممثلون عن الاتحاد الأفريقي والأمم المتحدة.',
    'طباعة العملة الجديدة ستبدأ الشهر المقبل بحسب البنك المركزي.',
    'وتابعونا التطورات باهتمام، قال أحد المحتجين أمام مقر البرلمان في الخرطوم.',
    'وتتعلق القضية بانتهاك حقوق النشر لعدد من الكتب.',
    'تابع الرئيس التونسي الاستعدادات للقمة العربية مع وزير الخارجية.',
  ];
  for (const line of body) {
    test(line.slice(0, 50), () => {
      assert.deepEqual(readText(`${P1}\n${line}\n${P2}`).paragraphs, [P1, line, P2]);
    });
  }
});

describe('readText: debris', () => {
  const debris: [string, string][] = [
    ['+ الخط -', 'font-size widget'],
    ['حجم الخط', 'font-size widget'],
    ['A A', 'font-size widget'],
    ['شارك', 'share widget'],
    ['شارك الخبر: فيسبوك تويتر', 'share widget'],
    ['Facebook Twitter WhatsApp', 'share widget'],
    ['inShare', 'share widget'],
    ['طباعة', 'print widget'],
    ['أضف تعليقاً', 'comments widget'],
    ['عدد المشاهدات: 1520', 'view counter'],
    ['اقرأ أيضا: الجيش السوداني يعلن السيطرة على مدينة', 'related article'],
    ['قد يهمك أيضا: ما هو سد النهضة؟', 'related article'],
    ['لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا...', 'link prompt'],
    ['...المزيد', 'link prompt'],
    ['المصدر: وكالات', 'source line'],
    ['* نقلا عن "الشرق الأوسط" السعودية', 'source line'],
    ['المساهمون', 'contributors label'],
    ['© جميع الحقوق محفوظة 2023', 'copyright'],
    ['جميع الحقوق محفوظة لصحيفة الوطن', 'copyright'],
    ['الجزيرة نت © 2023', 'copyright'],
    ['Copyright © 2019 Example Media. All rights reserved.', 'copyright'],
    ['**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية', 'copyright'],
    ['تابعونا على فيسبوك وتويتر', 'follow-us'],
    ['تابعوا آخر الأخبار عبر تطبيق تيليغرام', 'follow-us'],
    ['يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.', 'app promo'],
    ['إعلان', 'advertisement'],
    ['** جميع المقالات المنشورة تمثل رأي كتابها فقط.', 'disclaimer'],
    ['// انتهى //', 'end marker'],
    ['// انتهـــى //', 'end marker'],
    ['-----------------', 'separator'],
    ['ـــــــ', 'separator'],
    ['***', 'separator'],
    ['صورة أرشيفية', 'photo label'],
  ];
  for (const [line, reason] of debris) {
    test(`${line} → ${reason}`, () => {
      const a = readText(`${P1}\n${line}\n${P2}`);
      assert.deepEqual(a.dropped, [{ text: line, reason }]);
      assert.deepEqual(a.paragraphs, [P1, P2]);
    });
  }

  const edge: [string, string][] = [
    ['بقلم: فهمي هويدي', 'byline'],
    ['عين اليوم – متابعات', 'byline'],
    ['غزة - دنيا الوطن', 'byline'],
    ['الكلمات المفتاحية: مصر، السودان، إثيوبيا', 'tags line'],
    ['#مصر #السودان', 'tags line'],
    ['azza2002@live.com', 'contact line'],
    ['فرانس24/ أ ف ب', 'source line'],
    ['- سبأ', 'source line'],
    ['(الشروق)', 'source line'],
    ['18:25 ت م', 'timestamp'],
  ];
  for (const [line, reason] of edge) {
    test(`${line} → ${reason} at the top or bottom, kept in the middle`, () => {
      assert.deepEqual(readText(`${P1}\n${P2}\n${line}`).dropped, [{ text: line, reason }]);
      if (reason !== 'timestamp' && reason !== 'source line' && reason !== 'tags line') {
        assert.deepEqual(readText(`${TITLE}\n${line}\n${P1}\n${P2}`).dropped, [{ text: line, reason }]);
      }
      assert.deepEqual(readText(`${P1}\n${line}\n${P2}`).paragraphs, [P1, line, P2]);
    });
  }

  test('salutations and list items are not bylines', () => {
    for (const line of ['السادة/ رؤساء الوفود', 'أولا - عدم ترشيحها للفوز']) {
      assert.deepEqual(readText(`${TITLE}\n${line}\n${P1}`).paragraphs, [line, P1]);
    }
  });
  test('the headlines under a bare "read also" label are dropped until the prose resumes', () => {
    const a = readText(`${P1}\nاقرأ أيضاً:\nالسودان يرحب بالوساطة\nإثيوبيا تبدأ الملء الرابع لسد النهضة\n${P2}\n${P3}`);
    assert.deepEqual(a.paragraphs, [P1, P2, P3]);
    assert.equal(a.dropped.length, 3);
  });
  test('a "click the following title" label drops one headline only', () => {
    const a = readText(`${P1}\nلقراءة التصريحات كاملة اضغط على العنوان التالي:\nالوزير: لا تنازل عن حقوقنا المائية\nطرح أرامكو\n${P2}`);
    assert.deepEqual(a.paragraphs, [P1, 'طرح أرامكو', P2]);
  });
});

describe('debris data and helpers', () => {
  test('reasons are unique, lowercase and stable', () => {
    assert.equal(new Set(DROP_REASONS).size, DROP_REASONS.length);
    for (const r of DROP_REASONS) assert.match(r, /^[a-z][a-z -]*[a-z]$/);
  });
  test('every rule of data/reader/debris.json compiles and has a known reason', () => {
    const file = loadData<{ rules: { reason: string }[] }>('reader/debris.json');
    assert.doesNotThrow(() => matchDebris('x', 'head'));
    for (const r of file.rules) assert.ok(isDropReason(r.reason), r.reason);
  });
  test('matchDebris honours the zone of a rule', () => {
    assert.equal(matchDebris(foldForMatch('بقلم: فهمي هويدي'), 'middle'), null);
    assert.equal(matchDebris(foldForMatch('بقلم: فهمي هويدي'), 'head')?.reason, 'byline');
    assert.equal(matchDebris(foldForMatch('شارك'), 'middle')?.reason, 'share widget');
  });
  test('foldForMatch', () => {
    assert.equal(foldForMatch('  إقرأ   أيضاً\u00a0: '), 'اقرا ايضا :');
    assert.equal(foldForMatch('الحـــرم ـ جدة'), 'الحرم - جده');
    assert.equal(foldForMatch('مستشفى ١٢ ۳'), 'مستشفي 12 3');
    assert.equal(foldForMatch('\u200fنوڤمبر\u200e'), 'نوفمبر');
  });
  test('foldWithMap maps folded characters back to the source', () => {
    const s = ' أيضاً  ١٢';
    const { folded, map } = foldWithMap(s);
    assert.equal(folded, 'ايضا 12');
    assert.equal(map.length, folded.length);
    assert.equal(s[map[0]!], 'أ');
    assert.equal(s[map[folded.length - 1]!], '٢');
  });
  test('titleKey ignores punctuation, harakat, hamza and HTML entities', () => {
    assert.equal(titleKey('كيري رداً على &quot;بندر&quot;: لا اتفاق'), titleKey('كيري ردا على "بندر" - لا اتفاق!'));
  });
  test('isCreditLine', () => {
    assert.ok(isCreditLine('فرانس24/ أ ف ب/ رويترز'));
    assert.ok(isCreditLine('(ا ف ب، رويترز، أ ش أ)'));
    assert.ok(!isCreditLine('الرئيس'));
    assert.ok(!isCreditLine('Full High Definition'));
    assert.ok(!isCreditLine('John Smith'));
  });
  test('one credit detector: a Latin name is a credit in a figcaption, not in scraped text', () => {
    assert.deepEqual(splitCaptionCredit('الوزير خلال المؤتمر (John Smith)'), { text: 'الوزير خلال المؤتمر', credit: 'John Smith' });
    assert.equal(splitCaptionCredit('الوزير خلال المؤتمر (John Smith)', { agencyOnly: true }), null);
    assert.deepEqual(splitCaptionCredit('الوزير خلال المؤتمر (رويترز)', { agencyOnly: true }), { text: 'الوزير خلال المؤتمر', credit: 'رويترز' });
    assert.deepEqual(splitCaptionCredit('الوزير خلال المؤتمر (Reuters - File)', { agencyOnly: true }), { text: 'الوزير خلال المؤتمر', credit: 'Reuters - File' });
    assert.deepEqual(splitCaptionCredit('الوزير خلال المؤتمر (A.F.P)', { agencyOnly: true })?.credit, 'A.F.P');
    const body = 'وأوضح المتحدث الرسمي في بيان صحفي أن الفرق الميدانية باشرت أعمالها منذ الصباح الباكر في جميع المحافظات.';
    assert.deepEqual(readText(`${body}\nالرئيس التنفيذي لشركة آبل تيم كوك (Tim Cook)\n${body}`).captions, []);
    assert.deepEqual(readText(`${body}\nالوزير خلال المؤتمر (أ ف ب)\n${body}`).captions, [{ text: 'الوزير خلال المؤتمر', credit: 'أ ف ب' }]);
  });
});

describe('readText: hostile input stays fast', () => {
  const time = (fn: () => unknown): number => {
    const t0 = performance.now();
    try {
      fn();
    } catch {
      /* only the time matters here */
    }
    return performance.now() - t0;
  };
  test('one very long line', () => {
    assert.ok(time(() => readText(`${'كلمة '.repeat(400_000)}(رويترز)`)) < 2000);
  });
  test('a line of closing brackets and one of spaces before a parenthesis', () => {
    assert.ok(time(() => readText(')'.repeat(1_000_000))) < 2000);
    assert.ok(time(() => readText(`نص${' '.repeat(1_000_000)}(أ ف ب)`)) < 2000);
  });
  test('many short lines', () => {
    assert.ok(time(() => readText('شارك\nا ب\n12 سبتمبر 2022\n'.repeat(50_000))) < 5000);
  });
  test('many blank lines', () => {
    assert.equal(rasdCode(() => readText('\n \r\n'.repeat(1_000_000))), 'E_EMPTY_INPUT');
  });
});
