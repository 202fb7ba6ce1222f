/**
 * Other stories' leads left at the end of a scraped article. Some pages print a "more news"
 * block after the text; a scraper that keeps it appends three to five leads of unrelated stories
 * (`رحبت مملكة البحرين، الثلاثاء، بقيام …`, `شكر وزير الخارجية الأمريكي …`). An event coder
 * that reads them codes events the article never reports.
 *
 * A lead opens with a bare past verb (`أعلنت`, `شكر`) and no conjunction; the article's own later
 * paragraphs open with `و`/`ف` (`وقال`, `وأضاف`). The reader drops a trailing block when it starts
 * with a lead, holds at least `minLeads` leads that make at least `minShare` of the block, and no
 * paragraph in it continues the article (`و`/`ف` + a lead verb, `وأضاف`, `كما`, `يذكر`). The verbs and thresholds are
 * data (`data/reader/teasers.json`). On the shared news samples the rule fires on 227 of the
 * 1,112 CNN Arabic texts (whose pages carry such a block) and on none of the 12,658 texts of
 * other outlets (`test/reader/teasers.test.ts`).
 */
import { loadData } from '../data.ts';
import { foldForMatch } from './debris.ts';

interface TeaserFile {
  minLeads: number;
  minShare: number;
  colonWords: number;
  leadVerbs: string[];
  continuations: string[];
}

interface TeaserRules {
  readonly minLeads: number;
  readonly minShare: number;
  readonly colonWords: number;
  readonly verbs: ReadonlySet<string>;
  readonly continuations: ReadonlySet<string>;
}

let rules: TeaserRules | null = null;

function teaserRules(): TeaserRules {
  if (rules === null) {
    const f = loadData<TeaserFile>('reader/teasers.json');
    if (!Array.isArray(f.leadVerbs) || !Array.isArray(f.continuations) || !(f.minLeads >= 1) || !(f.minShare > 0 && f.minShare <= 1) || !(f.colonWords >= 0)) {
      throw new Error('data/reader/teasers.json: leadVerbs, continuations, minLeads, minShare and colonWords are required');
    }
    rules = { minLeads: f.minLeads, minShare: f.minShare, colonWords: f.colonWords, verbs: new Set(f.leadVerbs.map((v) => foldForMatch(v))), continuations: new Set(f.continuations.map((v) => foldForMatch(v))) };
  }
  return rules;
}

const WORDS_RE = /\s+/u;
/** Punctuation that may stick to the first word (`"أكد`, `-قال`). */
const EDGE_PUNCT_RE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** How a paragraph opens: with a lead verb, as a continuation (و/ف + a lead verb, `وأضاف`, `كما`), or otherwise. */
type Opening = 'lead' | 'continuation' | 'other';

function openingOf(paragraph: string, r: TeaserRules): Opening {
  const words = paragraph.trim().split(WORDS_RE, r.colonWords + 1);
  const first = foldForMatch((words[0] ?? '').replace(EDGE_PUNCT_RE, ''));
  if (r.verbs.has(first)) {
    // `قال ابن المديني: …` is a quotation, not a lead.
    for (let i = 0; i < words.length; i++) if (words[i]!.includes(':')) return 'other';
    return 'lead';
  }
  if (r.continuations.has(first) || ((first.startsWith('و') || first.startsWith('ف')) && r.verbs.has(first.slice(1)))) return 'continuation';
  return 'other';
}

/**
 * Where the trailing block of other stories' leads starts in `paragraphs` (the first paragraph,
 * the article's lead, never counts), or `paragraphs.length` when there is none.
 */
export function teaserStart(paragraphs: readonly string[]): number {
  const n = paragraphs.length;
  if (n < 3) return n;
  const r = teaserRules();
  // Walk from the end: the block may not hold a continuation, so only the suffix after the
  // last continuation is a candidate; its earliest start that satisfies the shares wins.
  // (the openings are read from the end only as far as that continuation)
  let leadsAfter = 0;
  let start = n;
  for (let k = n - 1; k >= 1; k--) {
    const open = openingOf(paragraphs[k]!, r);
    if (open === 'continuation') break;
    if (open !== 'lead') continue;
    leadsAfter++;
    if (leadsAfter >= r.minLeads && leadsAfter >= r.minShare * (n - k)) start = k;
  }
  // (a list the text announces — وجاء في البيان الختامي ما يلي: — whose items open with verbs, أدان
  // القادة …، دعا …، is the article's own)
  if (start < n && /[:：]\s*$/u.test(paragraphs[start - 1]!)) return n;
  return start;
}
