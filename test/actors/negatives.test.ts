/**
 * Negative cases of the actor linker: words that look like actors and are not, and evidence that
 * must not be over-read. Every bug fixed in the linker adds a row here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actorMentions } from './helpers.ts';

describe('actor linking: negative cases', () => {
  const none: [string, string][] = [
    ['a bare title names no actor (the context would only guess)', 'قال الصحفي إن المصادر الصحفية أكدت الخبر.'],
    ['generic plural institutions (armies, intelligence services)', 'اجتمع قادة الجيوش وممثلو أجهزة الاستخبارات في المؤتمر.'],
    ['regions are places of no one country', 'تطرق التقرير إلى أوروبا والشرق الأوسط وشمال إفريقيا.'],
    ['place names that are ordinary words (بانه/بأنه, مصيره)', 'صرح بأنه لا يعرف مصيره بعد.'],
    ['a sports club president is no actor', 'قال رئيس النادي إن الفريق سيفوز في المباراة.'],
    ['a governorate is a place, not a government', 'تقع محافظة في الجنوب وفيها ولاية قديمة.'],
  ];
  for (const [why, text] of none) {
    test(`no actor: ${why}`, () => assert.deepEqual(actorMentions(text).map((m) => `${m.text} ${m.actor.id} ${m.rule}`), []));
  }

  test('no actor: فتح the verb is not Fatah', () => {
    assert.equal(actorMentions('فتح الوزير الباب أمام الحوار مع النقابات.').filter((m) => m.actor.country === 'PSE').length, 0);
  });

  test('no actor: الأسد the animal is not Bashar al-Assad', () => {
    assert.equal(actorMentions('زأر الأسد في حديقة الحيوان أمام الزوار.').filter((m) => m.actor.country === 'SYR').length, 0);
  });

  test('finance is not Mali, lunar is not the Comoros', () => {
    const ms = actorMentions('أعلنت وزارة المالية اليمنية أن السنة القمرية الجديدة عطلة رسمية.');
    assert.deepEqual(ms.map((m) => m.actor.country), ['YEM']);
    assert.equal(ms[0]!.actor.sector, 'GOV');
  });

  test('a coordinated title after a comma is a second person, not an apposition', () => {
    const ms = actorMentions('وقع الاتفاق الوزير المغربي عبد اللطيف لوديي، ووزير الأمن الإسرائيلي بني غانتس في الرباط.', '2021-11-24');
    const loudiyi = ms.find((m) => m.text === 'عبد اللطيف لوديي');
    assert.ok(loudiyi, 'Loudiyi is linked');
    assert.equal(loudiyi.actor.country, 'MAR');
    assert.doesNotMatch(loudiyi.actor.role ?? '', /الأمن/);
    assert.ok(ms.some((m) => /غانتس/.test(m.text) && m.actor.id === 'ISR.GOV'), 'Gantz is the Israeli minister');
  });

  test('a short name of an unknown full name is not the famous namesake (عزيز أسبر ≠ Mark Esper)', () => {
    const ms = actorMentions('قتل العالم السوري عزيز أسبر في انفجار. وكان أسبر يعمل في مركز أبحاث في مصياف السورية.', '2018-08-05');
    for (const m of ms.filter((x) => /أسبر/.test(x.text))) {
      assert.notEqual(m.actor.country, 'USA', `${m.text}: ${m.rule}`);
      assert.equal(m.kb, null);
    }
  });

  test('a knowledge-base organisation followed by another country\'s nisba is that country\'s', () => {
    const ms = actorMentions('أعلنت القوات المسلحة الملكية الأردنية عن مناورات.');
    assert.deepEqual(ms.map((m) => [m.actor.id, m.kb]), [['JOR.MIL', null]]);
  });

  test('the brigade لواء الإسلام is not a person with the rank لواء', () => {
    const ms = actorMentions('أعلن لواء الإسلام مسؤوليته عن الهجوم في ريف دمشق.');
    assert.equal(ms.filter((m) => m.actor.role === 'لواء').length, 0);
  });

  test('an ambiguous place follows the article\'s country (طرابلس: Lebanon or Libya)', () => {
    const tripoli = (text: string) => actorMentions(text).find((m) => m.text === 'طرابلس')?.actor.country;
    assert.equal(tripoli('اندلعت اشتباكات في طرابلس شمال لبنان، وقال الجيش اللبناني إنه انتشر في المدينة.'), 'LBN');
    assert.equal(tripoli('اندلعت اشتباكات في طرابلس الليبية، وقالت حكومة الوحدة الوطنية في ليبيا إنها تتابع الوضع.'), 'LBY');
  });

  test('a royal institution without its country takes the article\'s monarchy, not its republic', () => {
    const ms = actorMentions('زار وفد إسرائيلي المغرب. وقالت القيادة العامة للقوات المسلحة الملكية إن الزيارة ناجحة، وإن إسرائيل وإسرائيل شريكان.');
    const far = ms.find((m) => m.text.startsWith('القيادة العامة'));
    assert.equal(far?.actor.country, 'MAR');
    assert.equal(far?.actor.sector, 'MIL');
  });
});
