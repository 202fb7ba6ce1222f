/**
 * The fixed list of reasons a reader gives for a removed line (`Dropped.reason`).
 * Reasons are short, stable, lowercase English phrases: consumers may group and count by them,
 * so a reason never changes meaning once released. New reasons may be added at the end.
 */
export const DROP_REASONS = [
  /** A copy of the title at the top of the text (the page printed it twice, or metadata gave it). */
  'repeated title',
  /** A line that is only a publication or update date (its value goes to `published`). */
  'dateline',
  /** A line that is only a clock time (`18:25 ت م`, `07h22`) at the top or bottom. */
  'timestamp',
  /** An author, reporter or desk line (`بقلم: …`, `عين اليوم – الرياض`). */
  'byline',
  /** Text-size buttons (`+ الخط -`, `A A`, `حجم الخط`). */
  'font-size widget',
  /** Share buttons and counters (`شارك`, `فيسبوك تويتر واتساب`, `inShare`). */
  'share widget',
  /** Print buttons (`طباعة`, `نسخة للطباعة`). */
  'print widget',
  /** Comment buttons and counters (`أضف تعليق`, `التعليقات`). */
  'comments widget',
  /** View counters (`عدد المشاهدات: 1520`). */
  'view counter',
  /** Links to other articles (`اقرأ أيضاً: …`, `مواضيع ذات صلة`) and the headlines listed under them. */
  'related article',
  /** Calls to click or follow a link (`اضغط هنا`, `…المزيد`). */
  'link prompt',
  /** Where the text came from, as a closing line (`المصدر: …`, `* نقلا عن …`, `فرانس24/ أ ف ب`). */
  'source line',
  /** Contributor labels (`المساهمون`, `ساهم في التغطية: …`). */
  'contributors label',
  /** Copyright notices (`© جميع الحقوق محفوظة …`). */
  'copyright',
  /** Calls to follow the outlet on social networks (`تابعونا على فيسبوك`). */
  'follow-us',
  /** App and newsletter promotions (`يمكنكم استلام إشعارات … تطبيق …`). */
  'app promo',
  /** Keyword and tag lists (`الكلمات المفتاحية: …`, a line of hashtags only). */
  'tags line',
  /** Advertisement labels (`إعلان`, `محتوى مدعوم`). */
  'advertisement',
  /** Opinion disclaimers (`جميع المقالات المنشورة تمثل رأي كتابها فقط`). */
  'disclaimer',
  /** Breadcrumb navigation (`الرئيسية > أخبار > سياسة`). */
  'navigation',
  /** Contact lines of a columnist (an e-mail address alone, SMS codes). */
  'contact line',
  /** Agency end markers (`// انتهى //`, `// يتبع //`). */
  'end marker',
  /** Rules and ornaments (`-----`, `***`, `ـــ`). */
  'separator',
  /** A photo label without caption text (`صورة أرشيفية`). */
  'photo label',
  /** An HTML page's header and masthead (logo, top menu, search box). */
  'page header',
  /** An HTML page's footer (site links, addresses, legal lines). */
  'footer',
  /** An HTML page's side column (most-read lists, weather, widgets). */
  'sidebar',
  /** Forms: comment and newsletter forms, search fields. */
  'form',
  /** Cookie and consent notices. */
  'cookie notice',
] as const;

/** One of {@link DROP_REASONS}. */
export type DropReason = (typeof DROP_REASONS)[number];

const REASON_SET: ReadonlySet<string> = new Set(DROP_REASONS);

/** True when `s` is one of the known reasons (used to validate `data/reader/debris.json`). */
export function isDropReason(s: string): s is DropReason {
  return REASON_SET.has(s);
}
