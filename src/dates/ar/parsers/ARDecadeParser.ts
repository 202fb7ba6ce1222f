/** Decades: `التسعينيات` → 199X, `سبعينيات القرن الماضي`, `الثمانينيات من القرن الماضي`. */
import type { Result } from '../../types.ts';
import { ARParserBase, S, type ParsingContext } from '../../common/parser.ts';
import { AR, key } from '../constants.ts';

export class ARDecadeParser extends ARParserBase {
  readonly name = 'ARDecadeParser';
  protected inner(): string {
    const r = AR().re;
    return `(?<dec>${r.decade})(?:${S}(?:${r.centuryWord}))?`;
  }
  protected extractMatch(_ctx: ParsingContext, m: RegExpExecArray, start: number, end: number): Result | null {
    const y = AR().decade.get(key(m.groups?.dec ?? ''));
    if (y === undefined) return null;
    return this.result(start, end, 'DATE', `${String(y).slice(0, 3)}X`, 'decade', ['year'], []);
  }
}
