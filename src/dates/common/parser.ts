/**
 * The parser base of the date tagger, on chrono's model: a parser supplies a pattern and an
 * `extract` for one expression shape. The base wraps the pattern in Arabic word boundaries: the
 * expression must start a word, optionally after the proclitics و ف ب ل (وفي → في is a separate
 * word; بالأمس, وأمس, فاليوم match), and must end a word. Patterns run on the normalised text
 * (see `lang/ar/normalize.ts` normalizeView), so spellings in patterns are normalised ones.
 */
import type { RefDate, Result, TimexField, TimexType, TimexAnchor } from '../types.ts';

/** What parsers and refiners see. */
export interface ParsingContext {
  /** The whole normalised text (windows are slices of it). */
  readonly text: string;
  /** The reference date, or null. */
  readonly ref: RefDate | null;
}

/** A parser of one expression shape. */
export interface Parser {
  /** `AR<Shape>Parser`; recorded in results' tags as `parser/<name>`. */
  readonly name: string;
  /** The compiled pattern (global); group `body` is the expression and ends the match. */
  pattern(): RegExp;
  /**
   * Builds results from one match.
   * @param start offset of the expression (group `body`) in `ctx.text`
   * @param end its end offset in `ctx.text`
   */
  extract(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | Result[] | null;
}

/** A refiner: takes all results (sorted by start) and returns the refined list. */
export interface Refiner {
  readonly name: string;
  refine(ctx: ParsingContext, results: Result[]): Result[];
}

/** Optional proclitics before an expression: و ف, then ب ل (وب، فل …). */
export const PROCLITIC = '(?:[وف]?[بل]|[وف])';
/**
 * Letters and digits for word boundaries: Latin and Arabic blocks as explicit ranges (much faster
 * in lookarounds than `\p{L}`; the match view has folded everything else that matters).
 */
export const WORD_CHAR = 'a-zA-Z0-9\\u00C0-\\u024F\\u0620-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06D5\\u06EE-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
/** Not preceded by a letter or digit. */
export const WB = `(?<![${WORD_CHAR}])`;
/** Not followed by a letter or digit. */
export const WE = `(?![${WORD_CHAR}])`;
/** Blanks inside one line. */
export const S = '[^\\S\\n]+';
/** Optional blanks inside one line. */
export const SO = '[^\\S\\n]*';

/**
 * Base class: subclasses give `inner()` (the expression's pattern source, with named groups other
 * than `body`) and `extractMatch`. `allowProclitic` false makes the expression start a bare word.
 */
export abstract class ARParserBase implements Parser {
  abstract readonly name: string;
  protected allowProclitic = true;
  private compiled: RegExp | undefined;

  /** The pattern of the expression itself. */
  protected abstract inner(): string;

  pattern(): RegExp {
    // a number may stick to the word before it (في24 حزيران): digits need no boundary before them
    this.compiled ??= new RegExp(`(?:${WB}${this.allowProclitic ? `${PROCLITIC}?` : ''}|(?<=[\\u0620-\\u064A])(?=\\d))(?<body>${this.inner()})${WE}`, 'g');
    return this.compiled;
  }

  extract(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | Result[] | null {
    return this.extractMatch(ctx, m, start, end);
  }

  protected abstract extractMatch(ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | Result[] | null;

  /** A result tagged with this parser. */
  protected result(
    start: number,
    end: number,
    type: TimexType,
    value: string,
    kind: string,
    stated: TimexField[],
    implied: TimexField[],
    anchor?: TimexAnchor,
  ): Result {
    const r: Result = { start, end, type, value, kind, tags: [`parser/${this.name}`], stated, implied };
    if (anchor) r.anchor = anchor;
    return r;
  }
}
