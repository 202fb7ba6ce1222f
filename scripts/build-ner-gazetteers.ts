/**
 * Builds `data/ner/gazetteers.json`, the gazetteer lists the NER tagger uses for membership features
 * (see src/ner/gazetteer.ts), from the raw lists in `$RASD_DATA/gazetteers/` only (no ANERcorp, no
 * news text). Every entry is the space-joined sequence of word keys (`wordKey` of src/ner/keys.ts).
 *
 * Sources and what is taken from each:
 * - `combined/countries_gazetteer.jsonl` (mledoze + ArWikiCats): country names (common, official,
 *   alternates), capitals (→ city), nisba adjectives in all forms (→ nationality).
 * - `mledoze_countries/countries_extract.jsonl`: country names (common, official, native), with the
 *   typos the SOURCE.md names corrected.
 * - `arwikicats/`: nationalities (+ sub-national groups, continents, directions), cities
 *   (`cities_full.json`), provinces and regions (`geography/*`), organisations recognised by their
 *   head word (`keys2.json`, geography), person full names (`peoples.json` → person, and their first
 *   and last tokens), ministries (وزارة + portfolio → org, وزير/وزيرة + portfolio → person_title),
 *   nationality × institution templates (الجيش المصري, القوات المسلحة المصرية …).
 * - `arab_admin_divisions/`: Algerian communes, daïras, wilayas; Saudi regions and cities; Egyptian
 *   governorates and cities (→ city).
 * - `anergazet/` (+ the country/capital pairs of `anergazet_extra/`): locations by continent,
 *   mountains and rivers, organisations, person-name tokens. These lists split multi-word names over
 *   lines; a run of lines is re-joined when the joined name is known from another source or from the
 *   small hand list below, or when a line is a bare leading element (كريات, سيدي, عين …) or trailing
 *   element (العليا, الشمالية, يونايتد …) of a name; leftover fragments are dropped.
 *
 * Cleaning applied to every entry: Wikipedia disambiguators `(…)` and stray punctuation removed, a
 * detached conjunction joined (`البوسنة و الهرسك` → `البوسنة والهرسك`), known misspellings corrected;
 * entries with Latin letters, digits, other symbols or Persian-only letters are dropped, as are
 * single letters, single-token entries that are function words (STOP) and, outside org_token and
 * person_title, single-token entries that are ordinary words the raw lists carry as names (COMMON).
 *
 * Run: `npm run build:gazetteers` (deterministic: sorted, no timestamps).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/data.ts';
import { sharedDataFile, sharedDataRoot } from '../src/shared-data.ts';
import { wordKey } from '../src/ner/keys.ts';
import { GAZETTEER_CLASSES, type GazetteerClass } from '../src/ner/gazetteer.ts';

/** Include ANERGazet (see its SOURCE.md: features or seed lists, not project files); off for the committed file. */
const WITH_ANERGAZET = process.argv.includes('--with-anergazet');

/** The classes, in the order of src/ner/gazetteer.ts. */
export const CLASSES = GAZETTEER_CLASSES;
type Cls = GazetteerClass;

// ---------------------------------------------------------------------------------------------
// Lexical hand lists (facts of Arabic, not of any corpus)

/** Function words never allowed as a single-token entry of any class. */
const STOP_WORDS = `في من على عن الى إلى ان أن إن ما لا لم لن هو هي هم هن انا أنا نحن انت أنت هذا هذه ذلك تلك
  الذي التي الذين اللذين اللتين و او أو ثم بل لكن قد كان كانت يكون مع بين حتى منذ عند لدى غير كل بعض قبل بعد فوق تحت
  امام أمام خلف حول ضد عبر دون سوى الا إلا اذا إذا لو كي كما مثل هنا هناك اين أين متى كيف لماذا ماذا هل نعم بلا ايضا أيضا
  فقط جدا الان الآن اليوم امس أمس غدا له لها لهم به بها بهم فيه فيها منه منها عليه عليها الي الي يا اي أي ال سي ذو ذات`;
/** Ordinary words that the raw lists carry as single-token names (mostly newspaper titles, fragments). */
const COMMON_WORDS = `الوطن الشرق العرب الحياة الشعب الايام الأيام الاخبار الأخبار اخبار أخبار المستقبل العام الثورة الجمهورية
  الراي الرأي الانباء الأنباء الصباح الحرية الصحافة القلم البيان بيان الخبر المساء النهار الاسبوع الأسبوع منارة محيط نسيج
  اتجاهات الدستور الدستورية اللواء الانوار الوفاق السياسة البوابة الاهالي الوان ألوان المحطة المؤاخاة الشبكة النسخة
  مدينة دولة جمهورية الجمهورية منطقة محافظة ولاية مقاطعة جزر جزيرة ارض أرض بيت ام أم عين دير بني كفر راس رأس تل خان
  سان سانت نيو جبل وادي سيدي ابو أبو ابن بن عبد شرق غرب شمال جنوب شرقي غربي الشرقية الغربية الشمالية الجنوبية الوسطى
  العليا الكبرى الجديدة الجديد القديمة الاسلامية الإسلامية العربية المتحدة الاتحادية الديمقراطية الشعبية الملك الامير
  الأمير السيد الامام الإمام الحاج الشيخ المقدم الثاني الثالث الرابع الخامس السادس السابع الثامن الاول الأول الثانية
  الاخر الآخر الاوسط الأوسط السلام الكامل الواحد جميع مجهول حرب رياض سلام سيتي يونايتد الريف اليومية ريال`;
/** Person-name particles (their own class, never given or family names). */
const PERSON_PARTICLES = 'عبد ابو أبو ابي أبي ابى ابا أبا ابن بن بنت ام أم آل ال البو بو ولد';
/** Ordinals and the like that follow royal names: not family names. */
const ORDINALS = `الاول الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الاكبر الأكبر الاصغر الأصغر
  الابن الأب الثانية الأولى`;
/** Titles and roles that precede person names (hand list; ministers are added from arwikicats). */
const TITLES = `الرئيس الرئيسة رئيس رئيسة الملك الملكة الامير الأمير الاميرة الأميرة الشيخ الشيخة السلطان الإمام الامام آية الله
  المرشد المرشد الأعلى الوزير الوزيرة وزير وزيرة رئيس الوزراء رئيسة الوزراء رئيس الحكومة رئيسة الحكومة رئيس الجمهورية
  نائب الرئيس نائب رئيس الوزراء نائب ولي العهد الجنرال اللواء العميد العقيد المقدم الرائد النقيب الملازم المشير الفريق
  الفريق أول الأدميرال الدكتور الدكتورة السيد السيدة الأستاذ الأستاذة المهندس الحاج القاضي المستشار المستشارة السفير
  السفيرة المتحدث باسم الناطق باسم الأمين العام المبعوث المبعوث الخاص البابا الكاردينال المطران البطريرك الزعيم القائد
  قائد المحافظ محافظ عمدة رئيس بلدية النائب النائبة السناتور السيناتور العاهل خادم الحرمين الشريفين جلالة سمو فخامة
  معالي سعادة المفتي مفتي الخليفة الأمين العام للأمم المتحدة رئيس مجلس النواب رئيس البرلمان رئيس أركان رئيس هيئة الأركان
  قائد الجيش ولي ولي العهد المرشح الحاكم حاكم الإمبراطور الإمبراطورة اللورد لورد السير سير القديس القديسة الأم ملك ملكة
  أمير أميرة دوق الدوق`;
/** Head words that start organisation names (hand list; more are derived from the lists). */
const ORG_HEADS = `وزارة الوزارة حزب الحزب جامعة الجامعة شركة الشركة منظمة المنظمة مجلس المجلس اتحاد الاتحاد جبهة الجبهة حركة
  الحركة بنك البنك مصرف المصرف وكالة الوكالة هيئة الهيئة مؤسسة المؤسسة جمعية الجمعية نادي النادي صحيفة الصحيفة
  جريدة الجريدة قناة القناة محكمة المحكمة جماعة الجماعة تنظيم التنظيم لجنة اللجنة جيش الجيش قوات القوات كتائب
  ألوية سرايا مركز المركز معهد المعهد أكاديمية الأكاديمية صندوق الصندوق برلمان البرلمان شرطة الشرطة مديرية
  المديرية إذاعة الإذاعة تلفزيون التلفزيون التحالف تحالف رابطة الرابطة نقابة النقابة الأمم منتخب المنتخب مستشفى
  المستشفى كلية الكلية الحرس مكتب المكتب دائرة الدائرة سلطة السلطة حكومة الحكومة الكونغرس الكنيست البحرية
  الخطوط مجموعة المجموعة مصلحة المصلحة`;
/** Heads of geographic features (→ loc_other). */
const FEATURE_HEADS = `نهر النهر بحر البحر بحيرة البحيرة جبل جبال سلسلة هضبة خليج الخليج صحراء الصحراء جزيرة الجزيرة جزر شبه مضيق
  قناة وادي محيط المحيط قطاع الضفة ساحل الساحل حوض سهل شلالات بركان`;
/** Heads of administrative divisions (→ city; the bare name after the head is added too). */
const ADMIN_HEADS = 'محافظة مقاطعة ولاية إقليم اقليم منطقة بلدية إمارة أبرشية مديرية قضاء ناحية كانتون';
/** Heads of historical or non-current polities (dropped from city lists). */
const HISTORIC_HEADS = `مملكة دوقية سلطنة إمبراطورية الإمبراطورية الدولة خانية جمهورية الجمهورية طائفة مشيخة خلافة الخلافة أسرة
  الأسرة عشيرة إمارة`;
/** English keys of historical or non-place entries in the arwikicats geography tables. */
const HISTORIC_EN =
  /\b(dynasty|empire|caliphate|kingdom|duchy|khanate|sultanate|republic|principality|taifa|clan|federation|confederation|protectorate|colony|mandate|emirate of|state of|shogunate|invasion|conquest|war)\b/;
/** Short country forms used in news that the country lists lack (lexical facts). */
const COUNTRY_EXTRA = 'السعودية الإمارات الامارات أمريكا أميركا بريطانيا إنجلترا انجلترا إنكلترا اسكتلندا ويلز إسرائيل فلسطين بيلاروس تركيا';
/** Multi-token short country forms used in news (lexical facts). */
const COUNTRY_EXTRA_MULTI = [
  'الولايات المتحدة',
  'الولايات المتحدة الأميركية',
  'الكونغو الديمقراطية',
  'الصين الشعبية',
  'كوريا الجنوبية',
  'كوريا الشمالية',
  'جنوب السودان',
  'جنوب أفريقيا',
  'سلطنة عمان',
  'روسيا البيضاء',
];
/** Regions, seas and the like often named in news (lexical facts; most are also in the lists). */
const LOC_OTHER_EXTRA = [
  'الشرق الأوسط',
  'الشرق الأدنى',
  'الخليج',
  'الخليج العربي',
  'الخليج الفارسي',
  'المغرب العربي',
  'شمال أفريقيا',
  'غرب أفريقيا',
  'شرق أفريقيا',
  'الساحل الأفريقي',
  'البحر المتوسط',
  'البحر الأبيض المتوسط',
  'البحر الأحمر',
  'البحر الأسود',
  'البحر الميت',
  'قطاع غزة',
  'الضفة الغربية',
  'شبه الجزيرة العربية',
  'القرن الأفريقي',
  'آسيا الوسطى',
  'أمريكا اللاتينية',
  'أميركا اللاتينية',
  'أمريكا الشمالية',
  'أمريكا الجنوبية',
  'أوروبا الشرقية',
  'أوروبا الغربية',
  'مرتفعات الجولان',
  'هضبة الجولان',
  'سيناء',
  'شبه جزيرة سيناء',
];
/** Known misspellings in the raw lists (SOURCE.md quality notes and seen while curating). */
const TYPOS: ReadonlyArray<readonly [string, string]> = [
  ['أففانستان', 'أفغانستان'],
  ['المسكيك', 'المكسيك'],
  ['صيربيا', 'صربيا'],
  ['بويرتوريكو', 'بورتوريكو'],
  ['أوزباكستان', 'أوزبكستان'],
  ['إيرقان', 'يريفان'],
  ['أرتيريا', 'إريتريا'],
  ['أوستوانيا', 'إستونيا'],
  ['فرصوفيا', 'وارسو'],
  ['بيقوسيا', 'نيقوسيا'],
  ['ولنغتني', 'ولنغتون'],
  ['راوندا', 'رواندا'],
  ['ياوندا', 'ياوندي'],
  ['لاهو', 'لاهور'],
  ['لنجف', 'النجف'],
  ['تيرانه', 'تيرانا'],
  ['هيمالاي', 'هيمالايا'],
];
/** Names split over lines in the ANERGazet lists that no other source confirms (hand-checked). */
const SPLIT_NAMES = [
  'كريات شمونه',
  'كريات اتا',
  'كريات بياليك',
  'كريات موتسكين',
  'كريات يام',
  'كريات اونو',
  'كريات جات',
  'كريات ملاخي',
  'بيت شئان',
  'مجدال هاعيميك',
  'الناصرة العليا',
  'ناتسرات عيليت',
  'شفا عمرو',
  'باقة الغربية',
  'ام الفحم',
  'زخرون يعقوب',
  'هود هشارون',
  'كفار سابا',
  'نيس تسيونا',
  'بيتح تكفا',
  'ريشوت لتسيون',
  'روش هعاين',
  'يهود ونفيه',
  'بات يام',
  'بني براك',
  'اور يهودا',
  'اور عكيفا',
  'رامات جان',
  'رامات هشارون',
  'جفعات شومئيل',
  'ايريان جايا',
  'غرب بابوا',
  'شرق نوسا تنجارا',
  'نوسا تنجارا',
  'سيستان وبلوتشستان',
  'سانت بطرسبرغ',
  'هونغ كونغ',
  'ام قصر',
  'هوشي منه',
  'اولان باتور',
  'كوالا لمبور',
  'تيزي وزو',
  'سوق اهراس',
  'عين الدفلى',
  'عين تموشنت',
  'عين اللوح',
  'ام البواقي',
  'حجر العسل',
  'خرطوم بحري',
  'ود مدني',
  'بني وليد',
  'بني شنقول',
  'بني خلاد',
  'قصر احمد',
  'ايت زكان',
  'القصر الصغير',
  'سيدي قاسم',
  'سيدي افني',
  'سيدي بوزيد',
  'سيدي سالم',
  'خميس مشيط',
  'خميس الزمامرة',
  'ديرة داوا',
  'بورتو نوفو',
  'كيب تاون',
  'غينيا الاستوائية',
  'جمهورية افريقيا الوسطى',
  'جنوب افريقيا',
  'جزر القمر',
  'الراس الاخضر',
  'بوركينا فاسو',
  'ساو تومي وبرينسيبي',
  'ترينيداد وتوباغو',
  'غينيا بيساو',
  'ايرلندا الشمالية',
  'روسيا البيضاء',
  'البوسنة والهرسك',
  'سان مارينو',
  'كلوج نابوكا',
  'حوض الرور',
  'ريدجو ايميليا',
  'جيفرسون سيتي',
  'كارسون سيتي',
  'باتون روج',
  'سانت بول',
  'غولد كوست',
  'ليتشفيلد هيلز',
  'كوايت كورنر',
  'نيو لندن',
  'فيرجينيا بيتش',
  'دير الزور',
  'دير مواس',
  'شبرا الخيمة',
  'شبين القناطر',
  'شبين الكوم',
  'شرم الشيخ',
  'شيخ زويد',
  'سيدي سالم',
  'مرسى علم',
  'منية النصر',
  'ميت غمر',
  'نجع حمادي',
  'منيا القمح',
  'حوش عيسى',
  'الصالحية الجديدة',
  'القناطر الخيرية',
  'بنوم بنه',
  'إسلام آباد',
  'عشق آباد',
  'سان سلفادور',
  'طرابلس الغرب',
  'القديسة كاترينا',
  'سانتا كلارا',
  // organisations (ANERGazet org list: football clubs, car makers)
  'غلطة سراي',
  'مانشستر يونايتد',
  'مانشستر سيتي',
  'بايرن ميونخ',
  'بايرن ميونيخ',
  'سبارتاك موسكو',
  'سسكا موسكو',
  'سيسكا موسكو',
  'دينامو كييف',
  'دينامو موسكو',
  'دينامو بوخارست',
  'ستيوا بوخارست',
  'لوكوموتيف موسكو',
  'توربيدو موسكو',
  'شاختار دونيتسك',
  'فيردر بريمن',
  'فريدر بريمن',
  'ليفسكي سوفيا',
  'ليفيسكي صوفيا',
  'سبورتينغ لشبونه',
  'ايك اثينا',
  'اتلتيكو مدريد',
  'سلتا فيغو',
  'ديبورتيفو لاكورونيا',
  'راسينغ سانتاندر',
  'بولتون واندرز',
  'استون فيلا',
  'تشارلتون اثليتيك',
  'برمنغهام سيتي',
  'نيوكاسل يونايتد',
  'بلاكبيرن روفرز',
  'وست برومتش البيون',
  'كريستال بالاس',
  'نورويتش سيتي',
  'توتنهام هوتسبر',
  'بروسيا دورتموند',
  'بروسيا منشنجلادباخ',
  'باير ليفركوزن',
  'هرتا برلين',
  'اينتراخت فرانكفورت',
  'زينيت سان بطرسبرغ',
  'باريس سان جيرمان',
  'لو مان',
  'سانت اتيان',
  'كرايليا سوفيتوف',
  'تيريك غروزني',
  'أستون مارتن',
  'بلانت ارابيا',
];
/** Single lines of the ANERGazet lists that are fragments of a split name (dropped when left alone). */
const FRAGMENTS = `كريات بيت ام عين سيدي دير بني كفر شرم راس تل خان سان سانت نيو جبل مرسى نجع ميت منية سوق تيزي ابو اولاد حجر ود
  مدينة جزر جنوب شمال شرق غرب كوالا هونغ كونغ اولان باتور هوشي منه شفا عمر عمرو بات يام اور رامات جان جفعات كفار سابا
  بيتح تكفا ريشوت لتسيون روش هعاين مجدال هاعيميك ناتسرات عيليت العليا الغربية الشمالية الجنوبية الوسطى الشرقية
  الاستوائية الخيرية الخيمة القناطر الكوم الشيخ زويد علم النصر غمر حمادي القمح عيسى جديدة الجديدة شيخ سيتي يونايتد
  سراي واندرز فيلا اثليتيك روفرز بالاس هوتسبر البيون جيرمان لو مان اتيان جمهورية الجمهورية التونسية ارض الراس الاخضر
  فاسو بوركينا القمر بحري العسل مدني الزور مواس البواقي الدفلى تموشنت اللوح اهراس وزو زكان الصغير قاسم افني بوزيد سالم
  مشيط داوا نوفو تاون بيساو الهرسك و - * *_ === **** ==== *** كوست هيلز كورنر ليتشفيلد كوايت بيتش روج بول سيتي
  نابوكا الرور ايميليا ريدجو تنجارا نوسا جايا ايريان بابوا وبلوتشستان وبرينسيبي وتوباغو ونفيه مالدني كاترينا القديسة
  سانتا كلارا بايرن ميونخ سبارتاك سسكا سيسكا دينامو ستيوا لوكوموتيف توربيدو شاختار دونيتسك فيردر فريدر ليفسكي ليفيسكي
  سبورتنغ سبورتينغ ايك اتلتيكو سلتا فيغو ديبورتيفو راسينغ سانتاندر بولتون استون تشارلتون نيوكاسل بلاكبيرن وست برومتش
  كريستال توتنهام بروسيا باير هرتا اينتراخت زينيت كرايليا سوفيتوف تيريك غروزني مارتن أستون رولز البو بليتونج بانجكا`;

/** Templates of nisba_institution_templates.json kept as organisation names (national institutions). */
const TEMPLATE_ORGS = new Set([
  'الجيش {the_male}',
  'القوات المسلحة {the_female}',
  'القوات الجوية {the_female}',
  'البحرية {the_female}',
  'الخطوط الجوية {the_female}',
  'البرلمان {the_male}',
  'المحكمة العليا {the_female}',
  'خفر السواحل {the_male}',
]);

// ---------------------------------------------------------------------------------------------
// Entry normalisation

const keySet = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(wordKey));
const STOP = keySet(STOP_WORDS);
const COMMON = keySet(COMMON_WORDS);
const PARTICLES = keySet(PERSON_PARTICLES);
const ORDINAL = keySet(ORDINALS);
/** Royal titles after a name in the arwikicats people table (the name ends before them). */
const ROYAL_CUT = keySet('ملك ملكة أمير أميرة دوق دوقة إمبراطور إمبراطورة بابا سلطان خليفة');
const FRAGMENT = keySet(FRAGMENTS);
const ORG_HEAD = keySet(ORG_HEADS);
const FEATURE_HEAD = keySet(FEATURE_HEADS);
const ADMIN_HEAD = keySet(ADMIN_HEADS);
const HISTORIC_HEAD = keySet(HISTORIC_HEADS);
const TYPO_MAP = new Map(TYPOS.map(([a, b]) => [wordKey(a), wordKey(b)]));

/** A word key made of Arabic letters only (what survives `wordKey` of an Arabic word). */
const ARABIC_KEY_RE = /^[\u0621-\u063a\u0641-\u064a]+$/;

/**
 * The entry (space-joined word keys) of a raw name, or null when it is not usable: disambiguators
 * and punctuation removed, a detached و joined to the next word, typos corrected; Latin, digits,
 * symbols, non-Arabic letters and single letters rejected.
 */
export function toEntry(raw: string): string | null {
  let s = raw.normalize('NFKC').replace(/\([^)]*\)/g, ' ').replace(/[.,،:;!؟?"'«»]/g, ' ');
  s = s.replace(/[-‐–—_]/g, ' ').trim();
  if (!s) return null;
  const words = s.split(/\s+/);
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let k = wordKey(words[i]!);
    if (!k) continue;
    if (k === 'و' && i + 1 < words.length) {
      // detached conjunction: "البوسنة و الهرسك" → "البوسنة والهرسك"
      const next = wordKey(words[++i]!);
      k = 'و' + next;
    }
    k = TYPO_MAP.get(k) ?? k;
    if (!ARABIC_KEY_RE.test(k) || k.length < 2) return null;
    keys.push(k);
  }
  if (keys.length === 0 || keys.length > 8) return null;
  if (keys.every((k) => STOP.has(k))) return null;
  return keys.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Accumulator

class Gazetteer {
  /** class → entry → sources */
  readonly entries = new Map<Cls, Map<string, Set<string>>>(CLASSES.map((c) => [c, new Map()]));

  /** Adds a raw name (normalised with {@link toEntry}); returns the entry or null when dropped. */
  add(cls: Cls, source: string, raw: string | null | undefined): string | null {
    if (!raw) return null;
    const e = toEntry(raw);
    if (!e) return null;
    return this.addEntry(cls, source, e);
  }

  addEntry(cls: Cls, source: string, e: string): string | null {
    if (!e.includes(' ')) {
      if (STOP.has(e)) return null;
      if (cls !== 'org_token' && cls !== 'person_title' && cls !== 'person_particle' && COMMON.has(e)) return null;
    }
    const m = this.entries.get(cls)!;
    let s = m.get(e);
    if (!s) m.set(e, (s = new Set()));
    s.add(source);
    return e;
  }

  has(cls: Cls, e: string): boolean {
    return this.entries.get(cls)!.has(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Readers

function readText(...parts: string[]): string {
  const f = sharedDataFile(...parts);
  if (!f) throw new Error(`missing ${path.join(sharedDataRoot(), ...parts)}`);
  return readFileSync(f, 'utf8').replace(/\r/g, '');
}
function readJson<T>(...parts: string[]): T {
  return JSON.parse(readText(...parts)) as T;
}
function readJsonl<T>(...parts: string[]): T[] {
  return readText(...parts)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
/** Minimal CSV (no quoted commas in the Algerian file; quotes stripped). */
function readCsv(...parts: string[]): Record<string, string>[] {
  const lines = readText(...parts)
    .split('\n')
    .filter((l) => l.trim());
  const head = lines[0]!.split(',').map((h) => h.trim());
  return lines.slice(1).map((l) => {
    const cells = l.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
  });
}

interface Nisba {
  male?: string;
  males?: string;
  female?: string;
  females?: string;
  the_male?: string;
  the_female?: string;
  en?: string;
  ar?: string;
}

/** All forms of a nisba: the six given, the definite plurals, the oblique -ين plurals, the أميركي variant. */
function nisbaForms(n: Nisba): string[] {
  const out = new Set<string>();
  const base = [n.male, n.female, n.males, n.females, n.the_male, n.the_female].filter((x): x is string => !!x);
  for (const f of base) out.add(f);
  for (const p of [n.males, n.females]) {
    if (!p) continue;
    out.add(definite(p));
  }
  for (const f of [...out]) {
    // plural -ون → oblique -ين (مصريون → مصريين, المصريون → المصريين); also the dual oblique of -ي
    const w = f.split(' ');
    if (w.every((x) => x.endsWith('ون'))) out.add(w.map((x) => x.slice(0, -2) + 'ين').join(' '));
  }
  for (const f of [...out]) if (f.includes('مريك')) out.add(f.replace(/مريك/g, 'ميرك'));
  return [...out];
}
/** ال + each word of a (possibly multi-word) nisba phrase. */
function definite(p: string): string {
  return p
    .split(' ')
    .map((w) => (w.startsWith('ال') ? w : 'ال' + w))
    .join(' ');
}

/** Strips a Wikipedia disambiguator and trailing punctuation from an arwikicats value. */
function clean(v: string): string {
  return v
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/[.،,]+$/g, '')
    .trim();
}

/** First word key of an entry. */
const head = (e: string): string => e.split(' ')[0]!;

/**
 * A place name from the arwikicats tables, classified by its Arabic head word: geographic feature
 * → loc_other, organisation → org, historical polity → dropped, administrative unit → city (with the
 * bare name after the head), else `fallback` (city, or nothing for the mixed tables).
 */
function addPlace(g: Gazetteer, source: string, en: string, ar: string, fallback: Cls | null): void {
  const e = toEntry(clean(ar));
  if (!e) return;
  const h = head(e);
  const multi = e.includes(' ');
  if (multi && FEATURE_HEAD.has(h)) g.addEntry('loc_other', source, e);
  else if (multi && ORG_HEAD.has(h)) g.addEntry('org', source, e);
  else if (HISTORIC_HEAD.has(h) || HISTORIC_EN.test(en)) return;
  else if (multi && ADMIN_HEAD.has(h)) {
    g.addEntry('city', source, e);
    g.addEntry('city', source, e.slice(h.length + 1));
  } else if (fallback) g.addEntry(fallback, source, e);
}

// ---------------------------------------------------------------------------------------------
// ANERGazet line lists: split-name repair

/**
 * Re-joins names split over lines: at each line, the longest run of 2–4 lines whose joined entry
 * is in `known`; else a single line. Separators (`====`, `****`, `*`, `-`) are kept as `null`.
 */
function rejoin(lines: readonly string[], known: ReadonlySet<string>): (string | null)[] {
  const ents = lines.map((l) => {
    const t = l.trim();
    if (!t || /^[=*_\-\s]+$/.test(t)) return null;
    return toEntry(t);
  });
  const out: (string | null)[] = [];
  for (let i = 0; i < ents.length; ) {
    let taken = 0;
    for (let n = 4; n >= 2 && !taken; n--) {
      if (i + n > ents.length) continue;
      const run = ents.slice(i, i + n);
      if (run.some((x) => x === null)) continue;
      const j = run.join(' ');
      const jn = toEntry(j.replace(/ و /g, ' و'));
      if (jn && known.has(jn)) {
        out.push(jn);
        taken = n;
      }
    }
    if (!taken) {
      out.push(ents[i] ?? null);
      taken = 1;
    }
    i += taken;
  }
  // leftover single-word fragments of split names are dropped
  return out.map((e) => (e !== null && !e.includes(' ') && FRAGMENT.has(e) ? null : e));
}

// ---------------------------------------------------------------------------------------------

interface CombinedCountry {
  name_ar: string;
  name_ar_official: string;
  name_ar_alt: string[];
  capitals: { en: string; ar: string | null }[];
  nisba_ar: (Nisba & { country_ar?: string }) | null;
}
interface MledozeCountry {
  name_ar_common: string;
  name_ar_official: string;
  native_ar: string | { official?: string; common?: string } | null;
}

export function build(): { version: number; classes: Record<string, string[]>; sources: Record<string, Record<string, number>> } {
  const g = new Gazetteer();

  // --- countries, capitals, nisbas (combined, mledoze)
  const S_COMB = 'combined';
  for (const c of readJsonl<CombinedCountry>('gazetteers', 'combined', 'countries_gazetteer.jsonl')) {
    for (const n of [c.name_ar, c.name_ar_official, ...c.name_ar_alt]) {
      g.add('country', S_COMB, n);
      if (n && n.includes('مريك')) g.add('country', S_COMB, n.replace(/مريك/g, 'ميرك'));
    }
    for (const cap of c.capitals) if (cap.ar) g.add('city', S_COMB, clean(cap.ar));
    if (c.nisba_ar) for (const f of nisbaForms(c.nisba_ar)) g.add('nationality', S_COMB, f);
  }
  const S_MLE = 'mledoze';
  for (const c of readJsonl<MledozeCountry>('gazetteers', 'mledoze_countries', 'countries_extract.jsonl')) {
    g.add('country', S_MLE, c.name_ar_common);
    g.add('country', S_MLE, c.name_ar_official);
    if (typeof c.native_ar === 'string') g.add('country', S_MLE, c.native_ar);
    else if (c.native_ar) {
      g.add('country', S_MLE, c.native_ar.common);
      g.add('country', S_MLE, c.native_ar.official);
    }
  }
  const S_HAND = 'hand';
  for (const n of COUNTRY_EXTRA_MULTI) g.add('country', S_HAND, n);
  for (const w of COUNTRY_EXTRA.split(' ')) g.add('country', S_HAND, w);
  for (const n of LOC_OTHER_EXTRA) g.add('loc_other', S_HAND, n);

  // --- arwikicats nationalities
  const S_AWC = 'arwikicats';
  const nats: Nisba[] = [];
  const natPlaces: string[] = [];
  for (const f of ['nationalities_data.json', 'all_nat_as_en.json']) {
    for (const n of Object.values(readJson<Record<string, Nisba>>('gazetteers', 'arwikicats', 'raw', 'nationalities', f))) {
      nats.push(n);
      for (const form of nisbaForms(n)) g.add('nationality', S_AWC, form);
      if (n.ar) natPlaces.push(n.ar);
    }
  }
  for (const n of Object.values(readJson<Record<string, Nisba>>('gazetteers', 'arwikicats', 'raw', 'nationalities', 'sub_nats.json')))
    for (const form of nisbaForms(n)) g.add('nationality', S_AWC, form);
  for (const f of ['continents.json', 'nationalities_data_with_directions.json']) {
    for (const n of Object.values(readJson<Record<string, Nisba>>('gazetteers', 'arwikicats', 'raw', 'nationalities', f))) {
      for (const form of nisbaForms(n)) g.add('nationality', S_AWC, form);
      if (n.ar) g.add('loc_other', S_AWC, clean(n.ar));
    }
  }

  // the place of a nationality: a country when the country lists know it, dropped when it is itself a
  // nationality form (أمريكيون أفارقة, تركمان) or historic, else a region (ويلز, القرم, بروسيا → loc_other)
  const natForms = g.entries.get('nationality')!;
  const countriesSoFar = g.entries.get('country')!;
  for (const ar of natPlaces) {
    const e = toEntry(clean(ar));
    if (!e || natForms.has(e) || HISTORIC_HEAD.has(head(e)) || e.endsWith(' القديمه')) continue;
    g.addEntry(countriesSoFar.has(e) ? 'country' : 'loc_other', S_AWC, e);
  }

  // --- arwikicats places
  const cities = readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'cities', 'cities_full.json');
  for (const [en, ar] of Object.entries(cities)) addPlace(g, S_AWC, en, ar, 'city');
  for (const f of ['P17_PP.json', 'popopo.json']) {
    for (const [en, ar] of Object.entries(readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'geography', f)))
      addPlace(g, S_AWC, en, ar, 'city');
  }
  const regions = readJson<Record<string, Record<string, string>>>('gazetteers', 'arwikicats', 'raw', 'geography', 'regions.json');
  for (const group of Object.values(regions)) for (const [en, ar] of Object.entries(group)) addPlace(g, S_AWC, en, ar, 'city');
  // the mixed tables (countries, regions, plants, concepts …): only what a head word classifies
  for (const [en, ar] of Object.entries(readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'geography', 'P17_2_final_ll.json')))
    addPlace(g, S_AWC, en, ar, null);
  for (const [en, ar] of Object.entries(readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'keys', 'keys2.json')))
    addPlace(g, S_AWC, en, ar, null);
  // a few organisations in P17_2 / keys2 carry no head word: take those the tables give as such
  const geoMixed = {
    ...readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'geography', 'P17_2_final_ll.json'),
    ...readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'geography', 'P17_PP.json'),
    ...readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'keys', 'keys2.json'),
  };
  for (const en of ['united nations', 'european union', 'african union', 'arab league', 'nato', 'unesco', 'reuters', 'al-qaeda', 'hezbollah', 'hamas', 'opec', 'unicef', 'interpol', 'red cross']) {
    const ar = geoMixed[en];
    if (ar) g.add('org', S_AWC, clean(ar));
  }

  // --- ministries and institution templates
  interface Ministries {
    ministers_keys: Record<string, { no_al: string; with_al: string }>;
    keyses_without_in: string[];
  }
  const min = readJson<Ministries>('gazetteers', 'arwikicats', 'ministries_portfolios.json');
  const portfolios = new Set<string>();
  for (const v of Object.values(min.ministers_keys)) portfolios.add(v.with_al);
  for (const w of min.keyses_without_in) portfolios.add(definite(w));
  for (const p of portfolios) {
    g.add('org', S_AWC, `وزارة ${p}`);
    g.add('person_title', S_AWC, `وزير ${p}`);
    g.add('person_title', S_AWC, `وزيرة ${p}`);
  }
  g.add('org_token', S_AWC, 'وزارة');
  const templates = readJson<{ country_names_and_nats_data: Record<string, string> }>(
    'gazetteers',
    'arwikicats',
    'nisba_institution_templates.json',
  ).country_names_and_nats_data;
  const orgTemplates = [...new Set(Object.values(templates))].filter((t) => TEMPLATE_ORGS.has(t));
  for (const n of nats) {
    for (const t of orgTemplates) {
      const form = t.endsWith('{the_male}') ? n.the_male : n.the_female;
      if (form) g.add('org', S_AWC, t.replace(/\{the_(male|female)\}/, form));
    }
  }

  // --- arwikicats people
  const people = readJson<Record<string, string>>('gazetteers', 'arwikicats', 'raw', 'people', 'peoples.json');
  const firstCount = new Map<string, number>();
  const lastCount = new Map<string, number>();
  const titleKeys = new Set(titleList().flatMap((t) => (t.includes(' ') ? [] : [wordKey(t)])));
  for (const ar of Object.values(people)) {
    const full = toEntry(clean(ar));
    if (!full) continue;
    // "إدوارد الثامن ملك المملكة المتحدة": the name is what precedes the royal title
    let t = full.split(' ');
    const cut = t.findIndex((w, i) => i > 0 && ROYAL_CUT.has(w));
    if (cut > 0) t = t.slice(0, cut);
    while (t.length > 1 && titleKeys.has(t[0]!)) t = t.slice(1); // لورد بايرون → بايرون
    if (t.length < 2) continue;
    g.addEntry('person', S_AWC, t.join(' '));
    const first = t[0]!;
    let lastI = t.length - 1;
    while (lastI > 0 && ORDINAL.has(t[lastI]!)) lastI--;
    const last = t[lastI]!;
    if (!PARTICLES.has(first) && !titleKeys.has(first)) {
      g.addEntry('person_first', S_AWC, first);
      firstCount.set(first, (firstCount.get(first) ?? 0) + 1);
    }
    if (lastI > 0 && !PARTICLES.has(last) && !ORDINAL.has(last) && !titleKeys.has(last)) {
      g.addEntry('person_last', S_AWC, last);
      lastCount.set(last, (lastCount.get(last) ?? 0) + 1);
    }
  }
  for (const p of PERSON_PARTICLES.split(' ')) g.add('person_particle', S_HAND, p);
  for (const t of titleList()) g.add('person_title', S_HAND, t);

  // --- arab admin divisions
  const S_ADM = 'arab_admin_divisions';
  for (const r of readCsv('gazetteers', 'arab_admin_divisions', 'algeria', 'algeria_cities.csv')) {
    g.add('city', S_ADM, r.commune_name);
    g.add('city', S_ADM, r.daira_name);
    g.add('city', S_ADM, r.wilaya_name);
  }
  // Saudi Arabia: regions and their capitals; the other 4,500 towns and villages (many with ordinary
  // words as names: البيت, الخبر, نعمي) only when another source names the place too (below)
  const saCities = readJson<{ city_id: number; name_ar: string }[]>('gazetteers', 'arab_admin_divisions', 'saudi_arabia', 'cities_lite.json');
  const saCapitals = new Set<number>();
  for (const r of readJson<{ name_ar: string; capital_city_id: number }[]>('gazetteers', 'arab_admin_divisions', 'saudi_arabia', 'regions_lite.json')) {
    const e = g.add('city', S_ADM, r.name_ar);
    if (e && ADMIN_HEAD.has(head(e))) g.addEntry('city', S_ADM, e.slice(head(e).length + 1));
    saCapitals.add(r.capital_city_id);
  }
  for (const r of saCities) if (saCapitals.has(r.city_id)) g.add('city', S_ADM, r.name_ar);
  type PmaExport = { type: string; data?: Record<string, string>[] }[];
  const pmaData = (f: string): Record<string, string>[] =>
    readJson<PmaExport>('gazetteers', 'arab_admin_divisions', 'egypt', f).find((x) => x.type === 'table')?.data ?? [];
  for (const r of pmaData('governorates.json')) g.add('city', S_ADM, r.governorate_name_ar);
  for (const r of pmaData('cities.json')) g.add('city', S_ADM, r.city_name_ar);

  // --- ANERGazet (split-name repair against every multi-token name known so far + the hand list)
  const known = new Set<string>();
  for (const m of g.entries.values()) for (const e of m.keys()) if (e.includes(' ')) known.add(e);
  for (const n of SPLIT_NAMES) {
    const e = toEntry(n);
    if (e) known.add(e);
  }
  const countryKeys = new Set(g.entries.get('country')!.keys());
  // country names as ANERGazet writes them: often without the article (اردن, عراق, مغرب)
  const isCountry = (e: string): boolean => countryKeys.has(e) || countryKeys.has('ال' + e);

  // ANERGazet's SOURCE.md asks that it be used as features or seed lists, not as project files:
  // it is left out of the committed file; `--with-anergazet` adds it for local experiments only.
  if (WITH_ANERGAZET) {
    const S_ANER = 'anergazet';
    // loc.txt: ==== name ==== sections (continents, then جبال mountains and انهار rivers); inside
    // continents, country names and their cities; inside rivers, **** continent sub-headings
    const locLines = readText('gazetteers', 'anergazet', 'loc.txt').split('\n');
    const sections: { name: string; lines: string[] }[] = [];
    for (let i = 0; i < locLines.length; i++) {
      const t = locLines[i]!.trim();
      if (t === '====' && locLines[i + 2]?.trim() === '====') {
        sections.push({ name: locLines[i + 1]!.trim(), lines: [] });
        i += 2;
      } else sections.at(-1)?.lines.push(t);
    }
    const CONTINENTS = new Set(['اسيا', 'افريقيا', 'اوروبا', 'امريكا', 'اوقيانوسيا']);
    for (const sec of sections) {
      const feature = sec.name === 'جبال' || sec.name === 'انهار';
      if (!feature) g.add('loc_other', S_ANER, sec.name);
      for (const e of rejoin(sec.lines, known)) {
        if (e === null) continue;
        if (feature) {
          if (!CONTINENTS.has(e)) g.addEntry('loc_other', S_ANER, e);
        } else if (isCountry(e)) g.addEntry('country', S_ANER, e);
        else if (e.startsWith('دول ') || e === 'الكاريبي') g.addEntry('loc_other', S_ANER, e);
        else g.addEntry('city', S_ANER, e);
      }
    }
    // anergazet_extra: country / capital pairs (first part; the rest repeats loc.txt without separators)
    const extra = readText('gazetteers', 'anergazet_extra', 'repo_data_locations.txt').split('\n');
    const firstLocLine = extra.findIndex((l) => l.trim() === 'اردن');
    const S_ANERX = 'anergazet_extra';
    for (const e of rejoin(extra.slice(0, firstLocLine < 0 ? extra.length : firstLocLine), known)) {
      if (e === null) continue;
      if (isCountry(e)) g.addEntry('country', S_ANERX, e);
      else if (e === 'افريقيا') g.addEntry('loc_other', S_ANERX, e);
      else g.addEntry('city', S_ANERX, e);
    }
    // organisations (media, clubs, car makers); single words that are ordinary words go (COMMON)
    for (const [file, src] of [
      [['anergazet', 'org.txt'], S_ANER],
      [['anergazet_extra', 'repo_data_orgs.txt'], S_ANERX],
    ] as const) {
      for (const e of rejoin(readText('gazetteers', ...file).split('\n'), known)) {
        if (e === null) continue;
        // a single-word name that is a country (العراق, عمان, تونس: newspapers, clubs) is left to the places
        if (!e.includes(' ') && isCountry(e)) continue;
        g.addEntry('org', src, e);
      }
    }
    // person-name tokens: given names vs other name tokens
    const persRaw = rejoin(readText('gazetteers', 'anergazet', 'pers.txt').split('\n'), new Set());
    const persSet = new Set(persRaw.filter((x): x is string => x !== null));
    for (let e of persSet) {
      if (e.includes(' ')) continue;
      // glued "…بن" (ناصربن, عبدالعزيزبن): the name before بن
      if (e.length > 4 && e.endsWith('بن')) e = e.slice(0, -2);
      // a proclitic glued to an article (والعربية, بالخرج): noise of the aligned lists, dropped
      if (/^[وبفك]ال/.test(e) || e.startsWith('لل')) continue;
      if (isCountry(e) || ORDINAL.has(e)) continue;
      if (PARTICLES.has(e)) {
        g.addEntry('person_particle', S_ANER, e);
        continue;
      }
      if (e.startsWith('ال')) g.addEntry('person_last', S_ANER, e);
      else if ((lastCount.get(e) ?? 0) > (firstCount.get(e) ?? 0)) g.addEntry('person_last', S_ANER, e);
      else g.addEntry('person_first', S_ANER, e);
    }
  }

  // Saudi towns confirmed by another source (the entry is already a city, or a country/region name)
  for (const r of saCities) {
    const e = toEntry(r.name_ar);
    if (e && g.has('city', e)) g.addEntry('city', S_ADM, e);
  }

  // --- organisation head words: the hand list + first words of ≥ 3 multi-token org names that are
  // not place or nationality words
  for (const h of ORG_HEADS.split(/\s+/)) if (h) g.add('org_token', S_HAND, h);
  const headCount = new Map<string, number>();
  for (const e of g.entries.get('org')!.keys()) if (e.includes(' ')) headCount.set(head(e), (headCount.get(head(e)) ?? 0) + 1);
  for (const [h, n] of headCount) {
    if (n < 3 || STOP.has(h) || COMMON.has(h)) continue;
    if (['country', 'city', 'loc_other', 'nationality', 'person_first', 'person_last'].some((c) => g.has(c as Cls, h))) continue;
    g.addEntry('org_token', 'derived', h);
  }

  // --- output
  const classes: Record<string, string[]> = {};
  const sources: Record<string, Record<string, number>> = {};
  for (const c of CLASSES) {
    const m = g.entries.get(c)!;
    classes[c] = [...m.keys()].sort(cmp);
    const counts: Record<string, number> = {};
    for (const srcs of m.values()) for (const s of srcs) counts[s] = (counts[s] ?? 0) + 1;
    sources[c] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => cmp(a, b)));
  }
  return { version: 1, classes, sources };
}

/** The hand title list: the multi-word titles below, then every other word of TITLES. */
function titleList(): string[] {
  const multi = [
    'آية الله',
    'المرشد الأعلى',
    'رئيس الوزراء',
    'رئيسة الوزراء',
    'رئيس الحكومة',
    'رئيسة الحكومة',
    'رئيس الجمهورية',
    'نائب الرئيس',
    'نائب رئيس الوزراء',
    'ولي العهد',
    'ولي ولي العهد',
    'الفريق أول',
    'المتحدث باسم',
    'الناطق باسم',
    'الأمين العام',
    'الأمين العام للأمم المتحدة',
    'المبعوث الخاص',
    'رئيس بلدية',
    'خادم الحرمين الشريفين',
    'رئيس مجلس النواب',
    'رئيس البرلمان',
    'رئيس أركان',
    'رئيس هيئة الأركان',
    'قائد الجيش',
  ];
  let rest = TITLES;
  for (const m of [...multi].sort((a, b) => b.length - a.length)) rest = rest.split(m).join(' ');
  return [...multi, ...rest.split(/\s+/).filter(Boolean)];
}

/** Code-unit order (locale-independent, stable). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function main(): void {
  const out = build();
  const target = path.join(PROJECT_ROOT, 'data', 'ner', 'gazetteers.json');
  mkdirSync(path.dirname(target), { recursive: true });
  const file = {
    description:
      'Gazetteer lists for the NER tagger: per class, entries as space-joined word keys (src/ner/keys.ts wordKey). Compiled from the shared gazetteers (mledoze/countries ODbL, ArWikiCats, arab admin divisions; ANERGazet only with --with-anergazet, never in the committed file) by scripts/build-ner-gazetteers.ts (npm run build:gazetteers).',
    ...out,
  };
  const text = JSON.stringify(file, null, 1) + '\n';
  writeFileSync(target, text);
  const sizes = Object.entries(out.classes)
    .map(([c, l]) => `${c} ${l.length}`)
    .join(', ');
  console.log(`${sizes} -> ${target} (${text.length} chars)`);
}

// run only when executed as a script, never on import
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
