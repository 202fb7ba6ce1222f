/**
 * Negative cases of the event coder (issue #6): sentences that look like an event of some type and
 * are not — sport (هجوم الفريق، قصف المرمى، مسيرة المنتخب، توقيع اللاعب عقدا), figurative attacks
 * (قصف إعلامي، هجوم كلامي، هجوم في مقال), advertising campaigns, book signings, drones (طائرة مسيرة
 * is no march), prayer (دعا الله), purpose adverbs (احتجاجا، تضامنا), accidents and disasters, the
 * complement of a demand or a refusal, and past background without actors. Each row names the type
 * it must not produce; `none` also requires that no event at all comes out.
 *
 * A row the coder or the lexicon gets wrong today is kept with `todo` (a bug report: the reason says
 * what comes out), so that it shows in the test report without failing CI. Every bug fixed in the
 * event coder adds a row here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/doc/doc.ts';
import { runPipeline, DEFAULT_PIPELINE } from '../../src/pipeline/runner.ts';
import '../../src/pipeline/components.ts';
import type { PloverType } from '../../src/events/ontology.ts';
import type { Event } from '../../src/events/types.ts';

const DCT = '2023-03-15';

function events(text: string): readonly Event[] {
  const doc = createDoc([text], { title: null, published: DCT, url: null, captions: [], dropped: [], format: 'text' });
  return runPipeline(doc, { referenceDate: DCT }, DEFAULT_PIPELINE).layers.events ?? [];
}

const show = (es: readonly Event[]): string =>
  es.length
    ? es
        .map((e) => `${e.type} «${e.trigger.text}» ${e.source.map((a) => a.actor).join('+') || '-'} → ${e.target.map((a) => a.actor).join('+') || '-'} ${e.modality}`)
        .join(' | ')
    : 'no events';

interface Row {
  why: string;
  s: string;
  /** The type the sentence must not produce. */
  not: PloverType;
  /** No event of any type either. */
  none?: boolean;
  /** Why the row fails today (a known bug of the coder or the lexicon). */
  todo?: string;
}

function check(row: Row): void {
  const es = events(row.s);
  assert.ok(!es.some((e) => e.type === row.not), `no ${row.not}; got: ${show(es)}`);
  if (row.none) assert.equal(es.length, 0, `no event at all; got: ${show(es)}`);
}

const ROWS: Row[] = [
  // a word kept whole (never_strip) after و / ف
  { why: 'وبحث is و + بحث (discussed), never و + ب + حث (urged) (bug: a REQUEST of Tunisia towards Algeria came out)', s: 'استقبل الرئيس التونسي قيس سعيد أمس وزير الخارجية الجزائري، وبحث معه سبل تعزيز التعاون بين البلدين.', not: 'REQUEST' },
  { why: 'فبحث is ف + بحث, never ف + ب + حث', s: 'التقى وزير الخارجية المصري نظيره الأردني في عمان، فبحث معه الأوضاع في غزة.', not: 'REQUEST' },
  // an office named in a title
  { why: 'a verbal noun after باسم names a spokesman\'s office (المتحدث باسم المناورات), no exercise (bug: a second MOBILIZE came out, its target the spokesman)', s: 'وأوضح المتحدث باسم المناورات العسكرية الإيرانية الأميرال علي رضا نوري أن السفن عادت إلى موانئها.', not: 'MOBILIZE' },
  { why: 'the rules of engagement (قواعد الاشتباك) are no clash (bug: an ASSAULT of the Jordanian army came out)', s: 'وقال مصدر عسكري أردني إن قواعد الاشتباك على الحدود مع سوريا تغيرت.', not: 'ASSAULT' },
  { why: 'a call to protest makes no REQUEST of its own: the protest called for stands for it (bug: a REQUEST came out beside the PROTEST)', s: 'وقررت التنسيقية الوطنية للأساتذة المغاربة تمديد الإضراب، كما دعت إلى مسيرة وطنية في الرباط يوم الأحد المقبل.', not: 'REQUEST' },
  { why: 'reinforcements named as what an attack falls on are no mobilisation (bug: a MOBILIZE of the attacker came out)', s: 'وشنت مقاتلات التحالف العربي غارات استهدفت تعزيزات عسكرية للحوثيين قرب صعدة.', not: 'MOBILIZE' },
  { why: 'the outlet that carries a statement (في بيان نقلته وكالة الأنباء الأردنية) is no side of what the statement tells (bug: the news agency was the victim of a seizure)', s: 'وقال مصدر عسكري، في بيان نقلته وكالة الأنباء الأردنية (بترا)، إن الاشتباك أسفر عن مقتل أربعة مهربين، وضبط كميات كبيرة من الحبوب المخدرة.', not: 'COERCE' },
  { why: 'the complement of a threat after the threatener\'s name with its titles and a date (تهديد النائب الأول للرئيس الإيراني محمد رضا رحيمي في ديسمبر 2011 بإغلاق مضيق هرمز) is no act (bug: a COERCE came out: the title words and the date counted as free words between)', s: 'وتأتي المناورات بعد عام من تهديد النائب الأول للرئيس الإيراني محمد رضا رحيمي في ديسمبر 2011 بإغلاق مضيق هرمز.', not: 'COERCE' },
  // a slogan denying a kind (لا X ولا Y)
  { why: 'a slogan «لا تفاوض ولا شراكة» tells no talks (bug: a negated CONSULT came out)', s: 'ورفضت لجان المقاومة السودانية دعوة البرهان، مؤكدة تمسكها بشعار "لا تفاوض ولا شراكة" مع المكون العسكري السوداني.', not: 'CONSULT' },
  { why: 'a noun after لا that denies its kind (لا حوار مع الانقلابيين) tells no talks', s: 'وقال المتحدث باسم التحالف السوداني إنه لا حوار مع الانقلابيين.', not: 'CONSULT' },
  // aid as what an act of force falls on
  { why: 'aid trucks looted are no aid given', s: 'واتهمت السلطات السودانية قوات الدعم السريع بنهب ثلاث شاحنات مساعدات قرب مدينة الأبيض.', not: 'AID' },
  { why: 'a crossing closed to aid is no aid given', s: 'وقررت الحكومة السودانية الشهر الماضي إغلاق معبر أدري أمام المساعدات الإنسانية.', not: 'AID' },
  // judgements (اعتبر، رأى، وصف) accuse only with a wrong judged and someone judged
  { why: 'a favourable judgement (وصف … بالمثمر) is no accusation', s: 'ووصف ظريف الإعلان الختامي للاجتماع بالمثمر.', not: 'ACCUSE' },
  { why: 'observers judging (واعتبر مراقبون) are commentary, no act', s: 'واعتبر مراقبون أن موقف الحكومة الأردنية غير مقبول.', not: 'ACCUSE', none: true },
  { why: 'a judgement of a situation with no one judged accuses no one', s: 'واعتبر وزير الخارجية المصري أن الوضع في المنطقة بالغ الخطورة وغير مقبول.', not: 'ACCUSE', none: true },
  // commentary (ويرى مراقبون أن …) tells what commentators think, no act
  { why: 'commentators\' view of a media war (ويرى مراقبون أن … للقصف الإعلامي) is no event', s: 'ويرى مراقبون أن ملف الكهرباء تحول إلى مادة للقصف الإعلامي المتبادل بين الكتل السياسية العراقية.', not: 'ACCUSE', none: true },
  { why: 'a researcher\'s view of protest (ويرى الباحث … أن …) is no protest', s: 'ويرى الباحث في علم الاجتماع السياسي جاد الحلو أن "اللبنانيين لم يعودوا يؤمنون بجدوى التظاهر".', not: 'PROTEST', none: true },
  // sport
  { why: 'sport: a team attack on the goal', s: 'شن فريق الوداد هجوما قويا على مرمى الرجاء في الشوط الثاني.', not: 'ASSAULT', none: true },
  { why: 'sport: the forwards (هجوم الفريق) against another national team', s: 'قاد مهاجم المنتخب المغربي هجوم الفريق في المباراة ضد منتخب الجزائر.', not: 'ASSAULT', none: true },
  { why: 'sport: a player "shells" the goal', s: 'قصف لاعب الأهلي المرمى بتسديدة قوية في الدقيقة العاشرة.', not: 'ASSAULT', none: true },
  { why: 'sport: a "rocket" shot (قذيفة صاروخية) between national teams', s: 'سدد مهاجم منتخب مصر قذيفة صاروخية في مرمى منتخب تونس.', not: 'ASSAULT', none: true },
  { why: 'sport: a penalty kick (ضربة جزاء)', s: 'سجل لاعب المنتخب المغربي هدفا من ضربة جزاء في مرمى منتخب إسبانيا.', not: 'ASSAULT', none: true },
  { why: 'sport: a penalty taken (نفذ … ضربة الجزاء) is no strike carried out', s: 'ونفذ اللاعب المغربي ضربة الجزاء بنجاح في المباراة ضد منتخب إسبانيا.', not: 'ASSAULT', none: true },
  { why: 'a list of demanded acts after بـ"…" (a preposition written apart, then a quote) tells no release and no seizure (bug: both came out asserted)', s: 'وطالبت حركة حماس بـ"الإفراج الفوري عن جميع المعتقلين الفلسطينيين، وإلغاء التهم الملفقة، ومصادرة أموال المستوطنين".', not: 'RETREAT' },
  { why: 'the third demanded act of the list is none either', s: 'وطالبت حركة حماس بـ"الإفراج الفوري عن جميع المعتقلين الفلسطينيين، وإلغاء التهم الملفقة، ومصادرة أموال المستوطنين".', not: 'SANCTION' },
  { why: 'embezzlement of public money (نهب المال العام) is no looting', s: 'اتهمت المعارضة التونسية الحكومة بنهب المال العام.', not: 'COERCE' },
  { why: 'riot police (شرطة مكافحة الشغب) is a name, not a riot', s: 'انتشرت شرطة مكافحة الشغب المصرية في ميدان التحرير.', not: 'PROTEST' },
  { why: 'a pledge of facilities (تعهدت … بتقديم تسهيلات), no money or aid, is no AID', s: 'وتعهدت الحكومة المصرية بتقديم تسهيلات للمستثمرين.', not: 'AID' },
  { why: 'residents asked to leave their homes (طلبت الشرطة من السكان مغادرة منازلهم) is no expulsion of diplomats', s: 'طلبت الشرطة المصرية من السكان مغادرة منازلهم قبل وصول العاصفة.', not: 'SANCTION' },
  { why: 'the dignitaries present at a visitor\'s arrival (كان في استقباله) make no reception of their own (bug: a CONSULT with the receivers as a side came out)', s: 'وكان في استقباله رئيس الديوان الملكي الأردني ونائب رئيس الوزراء الأردني.', not: 'CONSULT' },
  { why: 'dialogue as an aim (ترك الفرصة للحوار) is no talks held', s: 'دعا والي قفصة المحتجين التونسيين إلى فك الاعتصام وترك الفرصة للحوار.', not: 'CONSULT' },
  { why: 'one protester killed (لقي أحد المتظاهرين مصرعه) tells no protest', s: 'كما لقي أحد المتظاهرين مصرعه بعد إصابته برصاص الشرطة العراقية.', not: 'PROTEST' },
  { why: 'a verbal noun with no argument of its own, its only side the subject of another verb (احتمال ضلوع إسرائيل في الاغتيال), tells no event', s: 'وأشارت صحيفة الوطن السورية إلى احتمال ضلوع إسرائيل في الاغتيال.', not: 'ASSAULT' },
  { why: 'a verbal noun far from a subject that belongs to another predicate (نزح السكان … مع تصاعد القتال) has no side and tells no event', s: 'ونزح آلاف السكان السوريين من الغوطة الشرقية مع تصاعد القتال.', not: 'ASSAULT' },
  { why: 'sport: stealing the limelight (خطف الأضواء)', s: 'خطف المنتخب المغربي الأضواء في كأس العالم.', not: 'ASSAULT', none: true },
  { why: 'sport: a team\'s run in the tournament (مسيرته)', s: 'واصل المنتخب المغربي مسيرته في البطولة بفوز على منتخب البرتغال.', not: 'PROTEST', none: true },
  { why: 'sport: a team\'s run in the World Cup (مسيرة منتخب)', s: 'تواصلت مسيرة منتخب الأرجنتين في كأس العالم بقطر.', not: 'PROTEST', none: true },
  { why: 'sport: a player signs a club contract (سيوقع)', s: 'سيوقع اللاعب المصري محمد صلاح عقدا جديدا مع نادي ليفربول.', not: 'AGREE', none: true },
  { why: 'sport: a player signed a club contract (وقع)', s: 'وقع اللاعب المصري محمد صلاح عقدا جديدا مع نادي ليفربول.', not: 'AGREE', none: true },
  { why: 'sport: a player signed for five seasons (وقّع)', s: 'وقّع النجم المغربي أشرف حكيمي عقدا مع نادي باريس سان جيرمان لمدة خمسة مواسم.', not: 'AGREE', none: true },
  { why: 'sport: a national team visits a city', s: 'زار منتخب المغرب مدينة الدوحة استعدادا لمباراة كأس العالم.', not: 'CONSULT', none: true },
  { why: 'sport: two clubs meet in a final', s: 'التقى فريق الوداد بفريق الرجاء في نهائي كأس العرش.', not: 'CONSULT', none: true },
  { why: 'sport: hosting the World Cup', s: 'استضافت قطر كأس العالم لكرة القدم.', not: 'CONSULT', none: true },
  { why: 'sport: a club board meeting', s: 'اجتمع مجلس إدارة النادي الأهلي لمناقشة عقد المدرب.', not: 'CONSULT', none: true },
  { why: 'sport: knocking a team out (أطاح بـ) is no overthrow', s: 'أطاح المنتخب المغربي بمنتخب إسبانيا من كأس العالم.', not: 'COERCE', none: true },
  // figurative attacks
  { why: 'figurative: a media "bombardment" (قصف إعلامي) is ACCUSE at most', s: 'شنت وسائل الإعلام المصرية قصفا إعلاميا على الحكومة الإثيوبية.', not: 'ASSAULT' },
  { why: 'figurative: trading media "bombardment"', s: 'تبادل المغرب والجزائر القصف الإعلامي.', not: 'ASSAULT' },
  { why: 'figurative: exposed to a media "bombardment"', s: 'تعرض وزير الخارجية الجزائري لقصف إعلامي من الصحافة المغربية.', not: 'ASSAULT' },
  { why: 'figurative: a verbal attack (هجوم كلامي)', s: 'شن الرئيس التونسي قيس سعيد هجوما كلاميا على الاتحاد العام التونسي للشغل.', not: 'ASSAULT' },
  { why: 'figurative: a harsh attack in an article (هجوما حادا)', s: 'شن الكاتب في مقال هجوما حادا على الحكومة الجزائرية.', not: 'ASSAULT' },
  { why: 'figurative: attacking the government in one\'s article (هاجم)', s: 'هاجم الكاتب في مقاله الحكومة المغربية بسبب غلاء الأسعار.', not: 'ASSAULT' },
  { why: 'figurative: an article in which he launched an attack (شن فيه هجوما)', s: 'كتب وزير سابق مقالا شن فيه هجوما على الحكومة المغربية.', not: 'ASSAULT' },
  { why: 'figurative: unleashing the youth\'s energies (تفجير طاقات)', s: 'دعا ملك المغرب إلى تفجير طاقات الشباب المغربي.', not: 'ASSAULT' },
  { why: 'figurative: a population explosion', s: 'تعاني مصر من انفجار سكاني كبير.', not: 'ASSAULT', none: true },
  { why: 'figurative: drought threatens the crops', s: 'يهدد الجفاف المحاصيل الزراعية في المغرب.', not: 'THREATEN', none: true },
  // advertising and other campaigns
  { why: 'advertising: a new ad campaign (حملة إعلانية)', s: 'أطلقت شركة اتصالات المغرب حملة إعلانية جديدة في الرباط.', not: 'ASSAULT', none: true },
  { why: 'advertising: a marketing campaign (حملة تسويقية)', s: 'أطلقت الحكومة المصرية حملة تسويقية للسياحة في أوروبا.', not: 'ASSAULT', none: true },
  { why: 'a vaccination campaign "against" measles', s: 'أطلقت وزارة الصحة المغربية حملة تلقيح ضد الحصبة.', not: 'ASSAULT', none: true },
  { why: 'a cultural event (تظاهرة ثقافية) is no demonstration', s: 'نظمت وزارة الثقافة التونسية تظاهرة ثقافية في سوسة.', not: 'PROTEST', none: true },
  // book signings
  { why: 'book signing (توقيع كتابه)', s: 'وقع الكاتب الجزائري ياسمينة خضرا كتابه الجديد في معرض الجزائر الدولي للكتاب.', not: 'AGREE', none: true },
  { why: 'book signing (وقع روايته)', s: 'وقع الروائي المصري نجيب محفوظ روايته في القاهرة.', not: 'AGREE', none: true },
  { why: 'book signing ceremony (حفل توقيع كتاب)', s: 'أقيم حفل توقيع كتاب وزير الثقافة المغربي في الرباط.', not: 'AGREE', none: true },
  { why: 'وقع الاختيار على (the choice fell on) is no signing', s: 'وقع الاختيار على وزير الخارجية السابق لرئاسة الحكومة.', not: 'AGREE', none: true },
  { why: 'وقع as a noun (impact) is no signing', s: 'كان لزيارة الرئيس الفرنسي وقع كبير على الرأي العام الجزائري.', not: 'AGREE' },
  { why: 'signing an executive order is no agreement', s: 'وقع الرئيس الأمريكي أمرا تنفيذيا بشأن الهجرة.', not: 'AGREE', none: true },
  // drones
  { why: 'drones: a drone shot down is no march', s: 'أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون.', not: 'PROTEST' },
  { why: 'drones: a drone intercepted is no march', s: 'اعترض الجيش الإسرائيلي طائرة مسيرة قادمة من لبنان.', not: 'PROTEST' },
  { why: 'drones: an attack with drones (بطائرات مسيرة) is no march', s: 'شنت روسيا هجوما بطائرات مسيرة على العاصمة الأوكرانية كييف.', not: 'PROTEST' },
  { why: 'drones: a drone flying over a city is no march', s: 'حلقت طائرة مسيرة إسرائيلية فوق بيروت.', not: 'PROTEST' },
  { why: 'the peace process (مسيرة السلام) is no march', s: 'تعثرت مسيرة السلام بين الفلسطينيين وإسرائيل.', not: 'PROTEST', none: true },
  // prayer
  { why: 'a marriage proposal with the suitor between (طلب الأمير هاري يدها) is no political request (bug: a REQUEST by the United Kingdom came out)', s: 'وطلب الأمير هاري يدها خلال عشاء في قصر كينسينغتون في لندن.', not: 'REQUEST', none: true },
  { why: 'prayer: دعا الله (short subject)', s: 'دعا ملك المغرب الله أن يحفظ البلاد.', not: 'REQUEST', none: true },
  { why: 'prayer: دعا الله after a long subject', s: 'دعا الرئيس التونسي قيس سعيد الله أن يحفظ تونس.', not: 'REQUEST', none: true },
  { why: 'prayer: دعا الله بالرحمة', s: 'دعا العاهل المغربي الملك محمد السادس الله بالرحمة للملك الحسن الثاني.', not: 'REQUEST', none: true },
  { why: 'an invitation acted upon (بناء على دعوة من) is no call', s: 'بناء على دعوة من وزارة الخارجية الروسية، زار وفد من المعارضة السورية موسكو.', not: 'REQUEST' },
  // hosting and receiving that are no visits
  { why: 'receiving refugees is no visit', s: 'استقبلت تركيا آلاف اللاجئين السوريين.', not: 'CONSULT', none: true },
  { why: 'receiving Ramadan is no visit', s: 'استقبلت تونس شهر رمضان بارتفاع الأسعار.', not: 'CONSULT', none: true },
  // accidents and disasters
  { why: 'an earthquake\'s dead are no attack', s: 'وقع زلزال قوي في تركيا وسوريا أسفر عن آلاف القتلى.', not: 'ASSAULT', none: true },
  { why: 'a road accident\'s dead are no killing', s: 'وقع حادث سير مروع في الجزائر أسفر عن مقتل عشرة أشخاص.', not: 'ASSAULT', none: true },
  { why: 'an industrial explosion is no bombing', s: 'وقع انفجار في مصنع للكيماويات في مدينة الدمام السعودية.', not: 'ASSAULT', none: true },
  { why: 'a gas cylinder explosion is no bombing', s: 'انفجرت أسطوانة غاز في مطعم في القاهرة.', not: 'ASSAULT', none: true },
  { why: 'putting out a fire (إخماد الحريق) is no repression', s: 'سارع رجال الإطفاء إلى إخماد الحريق في مصنع بالدار البيضاء.', not: 'COERCE', none: true },
  { why: 'defusing a bomb (تفكيك عبوة) is no arrest', s: 'تمكنت الفرق الهندسية من تفكيك عبوة ناسفة في عدن.', not: 'COERCE' },
  { why: 'frustration (الإحباط) is no foiling', s: 'يعاني الشباب المغربي من الإحباط بسبب البطالة.', not: 'COERCE', none: true },
  // past background without actors
  { why: 'a war named alone (تداعيات الحرب في سوريا) is a state of affairs, not an act: only its outbreak is one', s: 'وتحدث الوزير اللبناني عن تداعيات الحرب في سوريا على اقتصاد لبنان.', not: 'ASSAULT', none: true },
  { why: 'a mention with ل opening the text has no word before it (bug: the تابعة-owner check read before the first token and threw; found by the fuzz test)', s: 'لفرنسا وألمانيا قوات في مالي.', not: 'MOBILIZE', none: true },
  { why: 'past background without actors: the dead of a civil war', s: 'قتل الآلاف خلال الحرب الأهلية في القرن الماضي.', not: 'ASSAULT', none: true },
  { why: 'past background without actors: battles of the last century', s: 'شهدت المنطقة معارك عنيفة في القرن الماضي.', not: 'ASSAULT', none: true },
  { why: 'past background without actors: the Second World War', s: 'قتل مئات الآلاف في الحرب العالمية الثانية.', not: 'ASSAULT', none: true },
  { why: 'a commemoration of a 1952 assassination is no assassination today', s: 'احتفلت تونس بذكرى اغتيال الزعيم النقابي فرحات حشاد.', not: 'ASSAULT' },
  { why: 'a commemoration of a killing (ذكرى مقتل) is no killing today', s: 'أحيت إسرائيل ذكرى مقتل رئيس الوزراء إسحاق رابين.', not: 'ASSAULT' },
  { why: 'exile (نُفي إلى) is no denial', s: 'نُفي الزعيم المغربي محمد الخامس إلى مدغشقر عام 1953.', not: 'REJECT', none: true },
  // the complement of a demand, refusal or stress is no event of its own
  { why: 'opposed sanctions are no sanctions', s: 'عارضت ألمانيا فرض عقوبات جديدة على روسيا.', not: 'SANCTION' },
  { why: 'a demanded withdrawal is no withdrawal', s: 'طالبت الحكومة العراقية تركيا بسحب قواتها من شمال العراق.', not: 'RETREAT' },
  { why: 'a demanded recognition is no recognition', s: 'طالب الرئيس الفلسطيني محمود عباس الولايات المتحدة بالاعتراف بدولة فلسطين.', not: 'SUPPORT' },
  { why: 'stressing the importance of coordination is no cooperation', s: 'أكد الأردن ومصر أهمية التنسيق الأمني بين البلدين.', not: 'COOPERATE' },
  { why: 'a conditional strike inside a threat is no strike', s: 'هددت إيران بالرد إذا قصفت إسرائيل منشآتها النووية.', not: 'ASSAULT' },
  // words inside names and objects of other events
  { why: 'الدعم inside the name قوات الدعم السريع is no support', s: 'اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.', not: 'SUPPORT' },
  { why: 'the detainees a king pardons are no arrest', s: 'عفا الملك محمد السادس عن عدد من المعتقلين.', not: 'COERCE' },
  { why: 'lifting restrictions (رفع القيود) is no sanction', s: 'أعلنت الإمارات رفع القيود المفروضة على السفر.', not: 'SANCTION' },
  { why: 'breaking a blockade (كسر الحصار) is no lifting by the besieger', s: 'انطلقت سفينة جديدة لكسر الحصار المفروض على قطاع غزة.', not: 'RETREAT' },
  { why: 'settling disputes (فض الخلافات) is no dispersal', s: 'فض الزعيمان الخلافات بين البلدين عبر الحوار.', not: 'COERCE' },
  { why: 'distinguishing between (التفريق بين) is no dispersal', s: 'تجاهل الكاتب التفريق بين الدين والسياسة.', not: 'ASSAULT', none: true },
  { why: 'a sweep campaign (حملة تمشيط) is no attack', s: 'شنت الشرطة التونسية حملة تمشيط واسعة في جبال القصرين.', not: 'ASSAULT' },
  { why: 'peacekeepers arriving is no visit', s: 'وصلت قوات حفظ السلام الأممية إلى مالي.', not: 'CONSULT' },
  // the trigger lexicon's precision pass: common words, places and names that share a trigger's letters, background mentions, interviews
  { why: 'مقاطعة "province": a province (في مقاطعة قندهار) is no boycott', s: 'قتل مسلحون ثلاثة جنود أفغان في مقاطعة قندهار جنوب أفغانستان.', not: 'PROTEST' },
  { why: 'a county police (شرطة مقاطعة ناسو) is no boycott', s: 'قالت شرطة مقاطعة ناسو الأمريكية إن رجلا أطلق النار على زبائن متجر.', not: 'PROTEST' },
  { why: 'an election round (الجولة الأولى) is no tour', s: 'حصل حزب العدالة والتنمية التركي على 53 في المئة من الأصوات في الجولة الأولى.', not: 'CONSULT' },
  { why: 'rounds of fighting (جولات القتال) are no tour', s: 'انتشر الجيش اللبناني في طرابلس لوضع حد لجولات القتال بين باب التبانة وجبل محسن.', not: 'CONSULT' },
  { why: 'the nuclear deal named as background (التزامها بالاتفاق النووي) is no new agreement', s: 'أكدت فرنسا التزامها بالاتفاق النووي مع إيران.', not: 'AGREE' },
  { why: 'an agreement violated (خرقت اتفاق غزة) is no new agreement', s: 'قالت حماس إن إسرائيل خرقت اتفاق غزة مئات المرات.', not: 'AGREE' },
  { why: 'the line of contact (خطوط التماس) is no petition', s: 'أرسلت القوات اليمنية تعزيزات إلى خطوط التماس مع الحوثيين في الحديدة.', not: 'REQUEST' },
  { why: 'the adjective عريضة "broad" (قطاعات عريضة) is no petition', s: 'قال نائب ليبي إن القرار أغضب قطاعات عريضة من الشعب الليبي.', not: 'REQUEST' },
  { why: 'لقمة سائغة "easy prey" is no summit', s: 'قال الوزير اليمني إن تصريحات ترامب جعلت الولايات المتحدة لقمة سائغة لإيران.', not: 'CONSULT' },
  { why: 'calming tensions (تهدئة التوتر) is no truce', s: 'تحاول روسيا تهدئة التوتر بين تركيا وسوريا.', not: 'CONCEDE' },
  { why: 'Kamal Adwan hospital (مستشفى كمال عدوان) is no aggression', s: 'اقتحمت القوات الإسرائيلية مستشفى كمال عدوان في شمال غزة.', not: 'ASSAULT' },
  { why: 'planes arriving, named far after the verb (وصلت إلى مطار أضنة …، اليوم الخميس، ثلاث طائرات), are no visit', s: 'وصلت إلى مطار أضنة جنوب تركيا، اليوم الخميس، ثلاث طائرات تابعة للقوات الجوية الكويتية.', not: 'CONSULT' },
  { why: 'a city hosting the Olympics (spelt الأوليمبية) is no consultation', s: 'وقارن الوزير بين الحدثين وبين دورة الألعاب الأوليمبية التي استضافتها العاصمة الألمانية برلين عام 1936.', not: 'CONSULT' },
  { why: 'a professor of sociology (أستاذ علم الاجتماع) is no meeting', s: 'ويقول أستاذ علم الاجتماع المغربي سعيد الوزاني إن الاحتجاج أصبح لغة يومية.', not: 'CONSULT' },
  { why: 'detainees after a preposition and a number (يفرجون عن 290 محتجزا) are no detention', s: 'الحوثيون يفرجون عن 290 محتجزا والتحالف يرحب بحذر.', not: 'COERCE' },
  { why: 'the attacks a ceasefire stops (وقف هجماتها بالطائرات المسيرة) are no attack of its day', s: 'وكانت جماعة الحوثي قد أعلنت الأسبوع الماضي وقف هجماتها بالطائرات المسيرة والصواريخ على الأراضي السعودية.', not: 'ASSAULT' },
  { why: 'migrants arriving (وصل 17522 مهاجرا) is no visit', s: 'وصل 17522 مهاجرا مغربيا إلى إسبانيا منذ مطلع السنة.', not: 'CONSULT' },
  { why: 'a security alert (تهديد أمني) is no threat by an actor', s: 'أجلت الشرطة الأمريكية الرئيس ترامب من المنصة بسبب تهديد أمني.', not: 'THREATEN' },
  { why: 'a news agency\'s request for comment (طلب رويترز للتعليق)', s: 'لم ترد وزارة الدفاع الصينية على طلب رويترز للتعليق.', not: 'REQUEST' },
  { why: 'إذا تطلب الأمر "if need be" is no request', s: 'قال الجيش الأمريكي إنه مستعد للرد على كوريا الشمالية إذا تطلب الأمر.', not: 'REQUEST' },
  { why: 'a press interview (لقاء إعلامي) is no meeting', s: 'قال وزير الخارجية البحريني في لقاء إعلامي إن بلاده تتعامل مع سوريا.', not: 'CONSULT' },
  { why: 'an interview with a news agency (حواره مع وكالة بلومبرغ) is no dialogue', s: 'قال ولي العهد السعودي في حواره مع وكالة بلومبرغ إن إيران تهدد المنطقة.', not: 'CONSULT' },
  { why: 'a phone interview with a radio station is no phone call between actors', s: 'قال المحامي التونسي في اتصال هاتفي مع الجوهرة أف أم إن الحكومة أخطأت.', not: 'CONSULT' },
  { why: 'ضبط الحدود "controlling the border" is no seizure', s: 'تسعى الحكومة الليبية إلى ضبط الحدود مع تونس.', not: 'COERCE' },
  { why: 'battlefronts (جبهات القتال) are places, not a fight', s: 'أرسلت إيران آلاف المقاتلين إلى جبهات القتال في سوريا.', not: 'ASSAULT' },
  { why: 'an invitation to a wedding (دعوته إلى العرس) is no request', s: 'توجه والد ميغان ماركل إلى بريطانيا رغم عدم دعوته إلى العرس.', not: 'REQUEST' },
  { why: 'a conviction in a case (لإدانتهم في قضية) is SANCTION, no condemnation', s: 'جردت البحرين 115 بحرينيا من جنسيتهم لإدانتهم في قضية كتائب ذو الفقار.', not: 'ACCUSE' },
  { why: 'people trapped under rubble (محاصرة الناس تحت الأنقاض) is no blockade', s: 'قال مسؤول أمريكي إن محاصرة الناس تحت الأنقاض في المكسيك أصبحت أقل احتمالا.', not: 'COERCE' },
  { why: 'protesters setting fire (أضرم محتجون النار) is a riot, no assault', s: 'أضرم محتجون عراقيون النار في القنصلية الإيرانية في البصرة.', not: 'ASSAULT' },
  { why: 'a deadline for an ambassador to leave is an expulsion, no ultimatum', s: 'أمهلت المملكة العربية السعودية، أمس الجمعة، سفير لبنان لديها 48 ساعة لمغادرة أراضيها.', not: 'THREATEN' },
  { why: 'a travel ban on a country (منع مواطنيها من السفر إلى لبنان) is SANCTION, no COERCE ban', s: 'منعت الإمارات مواطنيها من السفر إلى لبنان.', not: 'COERCE' },
  { why: 'the demanded content of pressure (ضغوطا على كوريا الشمالية لنزع سلاحها) is no disarmament', s: 'يمارس بومبيو ضغوطا على كوريا الشمالية لنزع سلاحها النووي.', not: 'RETREAT' },
  // guards of the senses added for missed gold events (liberate-territory, pursue, boycott-qata, gather-protest, stand-by, vigil's مواكب)
  { why: 'Tahrir Square (ميدان التحرير) is no liberation of a city', s: 'تظاهر الآلاف في ميدان التحرير وسط مدينة القاهرة.', not: 'ASSAULT' },
  { why: 'recovering health (استعاد سكان مدينة عدن عافيتهم) is no retaking of a city', s: 'استعاد سكان مدينة عدن عافيتهم بعد وصول المساعدات السعودية.', not: 'ASSAULT' },
  { why: 'legal prosecution (تلاحق النيابة قضائيا) is no pursuit by force', s: 'تلاحق النيابة العامة التونسية قضائيا عناصر من الشرطة.', not: 'COERCE' },
  { why: 'قاطع the adjective "decisive" (رفضه القاطع للانتخابات) is no boycott', s: 'أعلن الحزب التونسي رفضه القاطع للانتخابات التشريعية.', not: 'PROTEST' },
  { why: 'a firm date (موعد قاطع لإجراء الانتخابات) is no boycott', s: 'اتفقت الفصائل الفلسطينية على موعد قاطع لإجراء الانتخابات.', not: 'PROTEST' },
  { why: 'the Sudanese Professionals Association (تجمع المهنيين) is a name, not a gathering', s: 'أعلن تجمع المهنيين السودانيين رفع شعارات جديدة للمرحلة المقبلة.', not: 'PROTEST' },
  { why: 'luck standing by a team (وقف الحظ إلى جانب المنتخب) is no support', s: 'وقف الحظ إلى جانب المنتخب المغربي في المباراة ضد منتخب إسبانيا.', not: 'SUPPORT' },
  { why: 'motorcades (مواكب السيارات) are no marches', s: 'تم تقييد حركة الشاحنات ومواكب السيارات في جميع أنحاء لبنان.', not: 'PROTEST' },
  { why: 'the denier of a clause after a comma (الأمر الذي تنفيه السلطات) is not the other side of the act before it', s: 'وتقول البحرين إن إيران تدعم المتشددين، الأمر الذي تنفيه السلطات البحرينية، متهمة طهران بتحريض الشيعة.', not: 'SUPPORT' },
  { why: 'the subject of the clause after a comma and a verb is no genitive of the verbal noun before it (no summit of Kim\'s own)', s: 'وخلال القمة مع ترمب، أكد كيم يونغ أون التزامه بنزع السلاح النووي.', not: 'CONSULT' },
  { why: 'recalled «for consultations» (للتشاور) far after the recall verb is no CONSULT', s: 'وأضاف أن الحكومة الصومالية استدعت سفيرها لدى نيروبي عبد الله محمد عيسى للتشاور منذ الشهر الماضي.', not: 'CONSULT' },
  { why: 'من لا يقبل (whoever does not accept) describes people, it tells no refusal', s: 'وتهجر الميليشيا الحوثية كل من لا يقبل فكرها من القرى اليمنية.', not: 'REJECT' },
  { why: 'not confessing (لا يعترفون بالذنب) is no rejection', s: 'ولا يزال قادة الجماعة الحوثية يكابرون ولا يعترفون بالذنب الذي اقترفوه.', not: 'REJECT' },
  { why: 'لا يقبل المساومة (beyond bargaining) is an idiom, no refusal', s: 'وأكد رئيس وفد الحكومة اليمنية أن فتح طريق الحوبان مطلب إنساني لا يقبل المساومة.', not: 'REJECT' },
  { why: 'لا يقبل إلا (accepts nothing but) is a condition, not a refusal', s: 'وقال وزير الخارجية التونسي إن بلاده لا تقبل إلا بالحوار سبيلا لحل الأزمة.', not: 'REJECT' },
  { why: 'a diplomatic offensive (هجوم دبلوماسي) is no accusation', s: 'ويصف مراقبون الإفراج عن المحتجزين بأنه هجوم دبلوماسي يسعى من خلاله الحوثيون إلى تحسين صورتهم.', not: 'ACCUSE' },
  { why: '… and no attack either', s: 'ويصف مراقبون الإفراج عن المحتجزين بأنه هجوم دبلوماسي يسعى من خلاله الحوثيون إلى تحسين صورتهم.', not: 'ASSAULT' },
  { why: 'أعمال العنف between an army and rebels is fighting, not a riot', s: 'وأعمال العنف، السبت، وقعت بين الجيش و"جيش تحرير تا-انغ الوطني"، إحدى المجموعات المتمردة في شمال ميانمار.', not: 'PROTEST' },
  { why: 'a country that has seen no violence of this size tells of no riot', s: 'ولم تشهد كازاخستان منذ استقلالها عام 1991 أعمال عنف بهذا الحجم.', not: 'PROTEST' },
  { why: 'انتشار of weapons (or of a virus) is a spread, not a deployment, though the army is named before it', s: 'حذر قائد الجيش اللبناني من انتشار الأسلحة في المخيمات.', not: 'MOBILIZE' },
  { why: 'انتشار with no troops named before it is a spread', s: 'تشهد المدينة انتشارا واسعا للباعة المتجولين في الأسواق.', not: 'MOBILIZE' },
  { why: 'an explosion\'s subject is what exploded, and the ministry that announced it is no attacker: with no agent named, no event', s: 'أعلن متحدث باسم وزارة الصحة المصرية أن سيارة انفجرت في حي الدقي بالقاهرة صباح اليوم.', not: 'ASSAULT' },
  { why: 'لتحقيق "to achieve" is no investigation, and water security (الأمن المائي) no security force', s: 'أكد وزير الخارجية المصري أن بلاده تدعم كل جهد عربي لتحقيق الأمن المائي.', not: 'ACCUSE' },
  // what protesters or rioters do is their protest or riot (coded PROTEST by its own trigger), no seizure by a side
  { why: 'rioters storming government buildings (أعمال شغب منها … اقتحام مقار حكومية) is part of the riot, no COERCE seizure', s: 'وشهدت مدينة الناصرية العراقية أعمال شغب منها اقتحام مقار حكومية وحرق إطارات.', not: 'COERCE' },
  { why: 'protesters taking over a radio building (أضرم محتجون النار … وسيطروا على مبنى الإذاعة) is part of their riot, no ASSAULT', s: 'وأضرم محتجون غاضبون النار في مقر المحافظة وسيطروا على مبنى الإذاعة المحلية.', not: 'ASSAULT' },
  { why: 'the spectre of sanctions (شبح العقوبات) is sanctions feared, none imposed', s: 'وبدأ شبح العقوبات الأمريكية يخيم على الاقتصاد التركي مع تراجع الليرة.', not: 'SANCTION' },
  // أي before an act names a kind of act in general (any aggression), no act done
  { why: 'a warning to answer any aggression (سترد على أي اعتداء) tells no aggression', s: 'وقال وزير الدفاع التركي إن قواته سترد بحزم على أي اعتداء على سفنها في شرق المتوسط.', not: 'ASSAULT' },
  { why: 'to face any attack (سيتصدى لأي هجوم) tells no attack', s: 'وأكد الجيش الأردني أنه سيتصدى لأي هجوم على حدوده الشمالية.', not: 'ASSAULT' },
  // an act named as a charge (بتهمة الاعتداء، المتهم بنهب) is what someone is charged with, no act the text tells
  { why: 'an aggression named as a charge (سجنت … بتهمة الاعتداء على شرطي) is no aggression told (bug: an ASSAULT of the prisoner came out)', s: 'وسجنت إسرائيل ناشطا فلسطينيا من الخليل ستة أشهر بتهمة الاعتداء على شرطي إسرائيلي.', not: 'ASSAULT' },
  { why: 'a looting named as a charge (المتهم بنهب أموال الكهرباء) is no seizure told (bug: a COERCE came out)', s: 'واستدعت النيابة اللبنانية الوزير السابق المتهم بنهب أموال الكهرباء.', not: 'COERCE' },
  // a ban on goods entering is a trade embargo only for trade goods
  { why: 'barring medicine from a territory is a blockade, no trade embargo (embargo-entry not_when)', s: 'حظرت السلطات المصرية دخول شحنات الأدوية إلى قطاع غزة.', not: 'SANCTION' },
  { why: 'barring contraband is policing, no trade embargo (embargo-entry not_when)', s: 'منعت الشرطة دخول شحنات المخدرات المهربة إلى تونس.', not: 'SANCTION' },
  // حكم/قضت are a verdict only with the ب-sentence noun after them (convict-verb), and not as «ruled» nor as a passive with no court
  { why: 'حكم البلاد «ruled the country», a sentence noun later in the sentence (convict-verb not_when)', s: 'حكم الرئيس العراقي الأسبق البلاد بقبضة من حديد وزج معارضيه بالسجن.', not: 'SANCTION' },
  { why: 'a passive حُكم على with no court named and the sentence noun far off, here figurative (convict-verb not_when)', s: 'وحكم على حزب النهضة التونسي الذي قاد الحكومة عشر سنوات بالإعدام السياسي.', not: 'SANCTION' },
  { why: 'قضت الناشطة عشر سنوات بالسجن «served ten years»: time spent in prison, no verdict (convict and convict-verb not_when: a duration right before the prison word)', s: 'قضت الناشطة الحقوقية المصرية عشر سنوات بالسجن قبل أن يفرج عنها العام الماضي.', not: 'SANCTION' },
  { why: 'تقضي خمس سنوات بالسجن «is serving five years» (convict-verb not_when)', s: 'وتقضي المعارضة الروسية حاليا خمس سنوات بالسجن في سيبيريا.', not: 'SANCTION' },
  { why: 'a sentence one risks (يواجه حكما قد يصل إلى عشرين عاما في السجن) is no verdict (convict not_when: a prison word right after the phrase\'s duration)', s: 'ويواجه الصحفي البريطاني حكما قد يصل إلى عشرين عاما في السجن.', not: 'SANCTION' },
  { why: 'fighting corruption (تقاتل ضد الفساد) is a policy, no battle (fight-against not_when)', s: 'وقال الرئيس التونسي إن الحكومة تقاتل ضد الفساد والمفسدين في كل المؤسسات.', not: 'ASSAULT' },
  { why: 'فض … بالقوة with no protest near is settling a dispute by force, no crowd control (disperse-force-verb requires)', s: 'فضت الشرطة الصومالية بالقوة خلافا بين عشيرتين في مقديشو.', not: 'ASSAULT' },
  // تسمم is an attack only on a person, not food poisoning, a poison's effect or poisoned relations (poisoned not_when)
  { why: 'food poisoning at a school is an accident, no attack', s: 'وتسمم عشرات التلاميذ المغاربة بعد تناول وجبة في مطعم المدرسة.', not: 'ASSAULT' },
  { why: 'disputes that «poison» relations are figurative', s: 'وتسمم الخلافات حول الحدود العلاقات بين الجزائر والمغرب.', not: 'ASSAULT' },
  { why: 'a substance that may cause poisoning is no attack', s: 'وقالت الشرطة التونسية إن المادة المحجوزة قد تتسبب في تسمم المستهلكين التونسيين.', not: 'ASSAULT' },
  // فرار is a retreat only of an armed side that fled (flee not_when)
  { why: 'an attempt to flee (حاولوا الفرار) is no flight', s: 'وأعلن الجيش العراقي أن عناصر تنظيم داعش حاولوا الفرار من مدينة الموصل.', not: 'RETREAT' },
  { why: 'prisoners escaping are no side retreating', s: 'وأعلنت الشرطة الأردنية فرار ثلاثة سجناء من سجن في الزرقاء بعد اشتباك مع الحراس.', not: 'RETREAT' },
  { why: 'civilians fleeing fighting are its victims, no side retreating', s: 'وتسببت المعارك بين الجيش السوداني وقوات الدعم السريع في فرار آلاف المدنيين السودانيين من الخرطوم.', not: 'RETREAT' },
  { why: 'capital flight is no retreat', s: 'وأدت الاشتباكات بين الجيش الليبي والمسلحين إلى فرار رؤوس الأموال الليبية إلى تونس.', not: 'RETREAT' },
  { why: 'a law «providing for» prison (تعديلات تقضي بسجن) is no verdict (convict-verb not_when)', s: 'وأقر البرلمان الأردني تعديلات تقضي بسجن كل من يسيء إلى الملك.', not: 'SANCTION' },
  { why: 'prisoners of war escaping are no side retreating (الأسرى)', s: 'وأتاح الهجوم الذي شنه الجيش على المعسكر الفرصة أمام مئات الأسرى الإيرانيين للفرار.', not: 'RETREAT' },
  { why: 'a businessman fleeing abroad, no armed side or fight near, is no retreat (flee requires)', s: 'وأثار فرار رجل الأعمال التونسي إلى فرنسا جدلا واسعا في تونس.', not: 'RETREAT' },
  // ضم is an annexation only with territory after it, and not one talked of (annex requires / not_when)
  { why: 'ضمت «included» ministers, no territory after it (annex requires)', s: 'وضمت الحكومة التونسية الجديدة وزراء من حزب النهضة.', not: 'COERCE' },
  { why: 'talk of annexation (الحديث عن ضم) is no annexation (annex not_when)', s: 'وتصاعد في إسرائيل الحديث عن ضم الضفة الغربية بعد الانتخابات الأمريكية.', not: 'COERCE' },
];

describe('event coder: negative cases', () => {
  for (const row of ROWS) {
    const name = `no ${row.not}${row.none ? ' (no event)' : ''}: ${row.why} — ${row.s}`;
    if (row.todo) test(name, { todo: row.todo }, () => check(row));
    else test(name, () => check(row));
  }

  test('purpose adverbs are never triggers: احتجاجا in خرجوا احتجاجا على …', () => {
    for (const s of ['خرج أنصار حزب الله احتجاجا على زيارة السفير الأمريكي إلى بيروت.', 'خرج أنصار حزب الله احتجاجا على الغلاء في بيروت.']) {
      const es = events(s);
      assert.ok(!es.some((e) => e.mentions.some((m) => /احتجاج/.test(m.trigger.text))), `${s}: ${show(es)}`);
    }
  });

  test('purpose adverbs are never triggers: تضامنا in وقفة تضامنا مع …', () => {
    const es = events('نظم أنصار حزب الله وقفة تضامنا مع فلسطين في بيروت.');
    assert.ok(!es.some((e) => e.mentions.some((m) => /تضامن/.test(m.trigger.text))), show(es));
    assert.ok(!es.some((e) => e.type === 'SUPPORT'), show(es));
  });

  // wrong sides rather than wrong types
  const wrongSide: { why: string; s: string; not: PloverType; country: string; todo?: string }[] = [
    { why: 'the ministry condemning an attack is not its attacker (nor is الإرهابي, the attack\'s adjective, an actor)', s: 'أدانت وزارة الخارجية المصرية الهجوم الإرهابي في الصومال.', not: 'ASSAULT', country: 'EGY' },
    { why: 'the ministry condemning an attack right after its subject is not its attacker', s: 'وأدانت الحكومة الأردنية الهجوم على السفارة في بغداد.', not: 'ASSAULT', country: 'JOR' },
    { why: 'a site of Hezbollah (مواقع لحزب الله) is the target, not the attacker', s: 'شن الطيران الإسرائيلي غارات على مواقع لحزب الله في جنوب لبنان.', not: 'ASSAULT', country: 'LBN' },
    { why: 'a company after ل and its head noun (منشأتين نفطيتين لشركة أرامكو) owns the object: not the attacker (bug: أرامكو was read as the subject after the verb)', s: 'وقصفت الجماعة منشأتين نفطيتين لشركة أرامكو في بقيق.', not: 'ASSAULT', country: 'SAU' },
    { why: 'an act in kind after a preposition (ردا على إجراء مماثل اتخذته لندن) is the other side\'s act told, no event of its own', s: 'طردت روسيا دبلوماسيين بريطانيين، ردا على إجراء مماثل اتخذته لندن.', not: 'SANCTION', country: 'GBR' },
    { why: 'the city a drone flies over is not its operator', s: 'حلقت طائرة مسيرة إسرائيلية فوق بيروت.', not: 'ASSAULT', country: 'LBN' },
    { why: 'a dateline is where the story was filed, no side (bug: the UAE took Afrin)', s: 'دبي، الإمارات العربية المتحدة (CNN)-- قال قائد ميداني في الجيش السوري الحر إن قواته سيطرت على مدينة عفرين.', not: 'ASSAULT', country: 'ARE' },
    { why: 'a dateline with a single dash (بيروت - ) is no side either', s: 'بيروت - قصفت طائرات مجهولة مواقع في البقاع.', not: 'ASSAULT', country: 'LBN' },
    { why: 'the one who tells of a death (أشار الحريري … بعد استشهاد والده) is not its killer', s: 'وأشار سعد الحريري اللبناني إلى أن الناس اختارته بعد استشهاد والده.', not: 'ASSAULT', country: 'LBN' },
    { why: 'the attacks a cell planned (خلية خططت لتنفيذ هجمات) are not the acts of the ministry that dismantled it', s: 'وقالت وزارة الداخلية التونسية إنها فككت خلية خططت لتنفيذ هجمات.', not: 'ASSAULT', country: 'TUN' },
    { why: 'letters that call for killing (رسائل تدعو): the letters call, not the police investigating them', s: 'وقالت الشرطة البريطانية إنها فتحت تحقيقا في رسائل تدعو إلى قتل المسلمين.', not: 'REQUEST', country: 'GBR' },
    { why: 'a murder the police investigate (تحقيقا في عملية قتل) is not a killing by the police', s: 'وقالت الشرطة البريطانية إنها فتحت تحقيقا في عملية قتل بعد وفاة امرأة في سالزبري.', not: 'ASSAULT', country: 'GBR' },
  ];
  test('a news outlet a statement is made to (لـCNN) or that interviews someone takes no side', () => {
    for (const s of ['قال قائد في الجيش السوري الحر لـCNN إن قواته سيطرت على عفرين دون إطلاق رصاصة.', 'وزار وزير الخارجية السعودي الأردن، وقال في لقاء مع قناة العربية إن الزيارة ناجحة.']) {
      const es = events(s);
      assert.ok(!es.some((e) => [...e.source, ...e.target].some((a) => a.sector === 'MED')), `${s}: ${show(es)}`);
    }
  });

  for (const row of wrongSide) {
    const fn = (): void => {
      const es = events(row.s);
      assert.ok(!es.some((e) => e.type === row.not && e.source.some((a) => a.country === row.country)), `no ${row.not} with source ${row.country}; got: ${show(es)}`);
    };
    const name = `no ${row.not} by ${row.country}: ${row.why} — ${row.s}`;
    if (row.todo) test(name, { todo: row.todo }, fn);
    else test(name, fn);
  }
});
