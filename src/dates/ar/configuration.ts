/**
 * The Arabic configuration: parsers (one expression shape each) and refiners in the order they
 * run, plus the trigger words of the prefilter.
 */
import { WORD_CHAR, type Parser, type Refiner } from '../common/parser.ts';
import { InvalidResultFilter, OverlapRemovalRefiner } from '../common/refiners.ts';
import { AR, alt } from './constants.ts';
import { ARAgoLaterParser } from './parsers/ARAgoLaterParser.ts';
import { ARDayOfRelativeMonthParser } from './parsers/ARDayOfRelativeMonthParser.ts';
import { ARDayRangeParser } from './parsers/ARDayRangeParser.ts';
import { ARDecadeParser } from './parsers/ARDecadeParser.ts';
import { ARDurationParser } from './parsers/ARDurationParser.ts';
import { ARHijriDateParser } from './parsers/ARHijriDateParser.ts';
import { ARHijriPeriodParser } from './parsers/ARHijriPeriodParser.ts';
import { ARMonthNameParser } from './parsers/ARMonthNameParser.ts';
import { ARNumericDateParser } from './parsers/ARNumericDateParser.ts';
import { ARPartOfDayParser } from './parsers/ARPartOfDayParser.ts';
import { ARRelativeDayParser } from './parsers/ARRelativeDayParser.ts';
import { ARRelativeUnitParser } from './parsers/ARRelativeUnitParser.ts';
import { ARSeasonParser } from './parsers/ARSeasonParser.ts';
import { ARSetParser } from './parsers/ARSetParser.ts';
import { ARTimeParser } from './parsers/ARTimeParser.ts';
import { ARVagueParser } from './parsers/ARVagueParser.ts';
import { ARWeekdayParser } from './parsers/ARWeekdayParser.ts';
import { ARYearParser } from './parsers/ARYearParser.ts';
import { ARYearRangeParser } from './parsers/ARYearRangeParser.ts';
import { AgeFilter } from './refiners/AgeFilter.ts';
import { GeneralAdjectiveFilter } from './refiners/GeneralAdjectiveFilter.ts';
import { ARMergeDateRangeRefiner } from './refiners/ARMergeDateRangeRefiner.ts';
import { ARMergeWeekdayDateRefiner } from './refiners/ARMergeWeekdayDateRefiner.ts';
import { ARMergeEquivalentDateRefiner } from './refiners/ARMergeEquivalentDateRefiner.ts';
import { ARQuarterParser } from './parsers/ARQuarterParser.ts';
import { ARAnaphoricDateParser } from './parsers/ARAnaphoricDateParser.ts';
import { ARAnaphoraRefiner } from './refiners/ARAnaphoraRefiner.ts';
import { ARTimeAnchorRefiner } from './refiners/ARTimeAnchorRefiner.ts';
import { ARMergeTimeDateRefiner } from './refiners/ARMergeTimeDateRefiner.ts';

/**
 * Trigger categories of the prefilter: every expression contains a word of one of them (or a
 * digit); a parser runs only on windows where one of its categories was seen.
 */
export type TriggerCategory = 'digit' | 'month' | 'hmonth' | 'hperiod' | 'decade' | 'weekday' | 'dayword' | 'pod' | 'unit' | 'vague' | 'set' | 'season';

/** A tagger configuration (chrono's `Configuration`). */
export interface Configuration {
  /**
   * Parsers with the trigger categories they need, and optionally `requires`: a test every window
   * the parser can match in passes (a literal its pattern cannot match without), checked before
   * scanning the window; it only skips windows where the pattern would find nothing.
   */
  parsers: { parser: Parser; needs: TriggerCategory[]; requires?: RegExp }[];
  /** Applied in order after the parsers; the first is overlap removal. */
  refiners: Refiner[];
  /** Trigger categories in the order of the capture groups of `trigger`. */
  categories: TriggerCategory[];
  /** Pattern source of the prefilter: one capture group per category (digits have no boundary). */
  trigger: string;
}

export function createConfiguration(): Configuration {
  const t = AR();
  const r = t.re;
  const words: [TriggerCategory, string][] = [
    ['month', r.month],
    ['hmonth', r.hijriMonth],
    ['hperiod', r.hijriPeriod],
    ['decade', r.decade],
    ['weekday', r.weekday],
    ['dayword', `${r.dayWord}|${r.tonight}`],
    ['pod', `${r.partOfDay}|${r.partOfDayAdverb}`],
    ['unit', alt(t.unit.keys())],
    ['vague', `${r.vague}|قبل`],
    ['set', `${r.set}|كل`],
    ['season', r.season],
  ];
  const trigger = `(\\d+)|(?<![${WORD_CHAR}])(?:[وف]?[بل]|[وف])?(?:${words.map(([, w]) => `(${w})`).join('|')})(?![${WORD_CHAR}])`;
  const all: TriggerCategory[] = ['digit', ...words.map(([c]) => c)];
  return {
    parsers: [
      { parser: new ARMonthNameParser(), needs: ['month'] },
      { parser: new ARDayRangeParser(), needs: ['month'], requires: /\d[^\S\n]*(?:-|–|و|الي|حتي|لغايه)[^\S\n]*\d/ },
      { parser: new ARNumericDateParser(), needs: ['digit'], requires: /\d[/.-]\d/ },
      { parser: new ARHijriDateParser(), needs: ['hmonth', 'hperiod', 'digit'], requires: new RegExp(r.hijriMonth) },
      { parser: new ARHijriPeriodParser(), needs: ['hperiod', 'hmonth'] },
      { parser: new ARYearParser(), needs: ['digit'] },
      { parser: new ARYearRangeParser(), needs: ['digit'], requires: /\d{4}\D[^]*\d{4}/ },
      { parser: new ARDecadeParser(), needs: ['decade'] },
      { parser: new ARWeekdayParser(), needs: ['weekday'] },
      { parser: new ARRelativeDayParser(), needs: ['dayword'] },
      { parser: new ARPartOfDayParser(), needs: ['pod'] },
      { parser: new ARRelativeUnitParser(), needs: ['unit'], requires: /الاسبوع|الشهر|العام|السنه/ },
      { parser: new ARDayOfRelativeMonthParser(), needs: ['unit'], requires: /الشهر/ },
      { parser: new ARSeasonParser(), needs: ['season'] },
      { parser: new ARDurationParser(), needs: ['unit'] },
      { parser: new ARAgoLaterParser(), needs: ['unit'], requires: /منذ|قبل|بعد/ },
      { parser: new ARTimeParser(), needs: ['digit', 'unit', 'pod'], requires: new RegExp(`\\d|${r.ordinalFem}`) },
      { parser: new ARVagueParser(), needs: ['vague'] },
      { parser: new ARSetParser(), needs: ['set'] },
      { parser: new ARAnaphoricDateParser(), needs: ['dayword', 'unit', 'month'], requires: /نفس|ذات/ },
      { parser: new ARQuarterParser(), needs: ['digit', 'unit'], requires: /الربع|النصف/ },
    ],
    refiners: [
      new AgeFilter(),
      new GeneralAdjectiveFilter(),
      new OverlapRemovalRefiner(),
      new InvalidResultFilter(),
      new ARMergeTimeDateRefiner(),
      new ARMergeWeekdayDateRefiner(),
      new ARMergeEquivalentDateRefiner(),
      new ARMergeDateRangeRefiner(),
      new ARAnaphoraRefiner(),
      new ARTimeAnchorRefiner(),
    ],
    categories: all,
    trigger,
  };
}
