import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARVagueParser reads vague references', () => {
  testCases('ARVagueParser', [
    { text: 'وهو الآن في', span: 'الآن', value: 'PRESENT_REF' },
    { text: 'ويقيم حالياً في', span: 'حالياً', value: 'PRESENT_REF' },
    { text: 'وأعلن مؤخرا أن', span: 'مؤخرا', value: 'PAST_REF' },
    { text: 'وأعلن في وقت سابق أن', span: 'وقت سابق', value: 'PAST_REF' },
    { text: 'في الآونة الأخيرة أعلن', span: 'الآونة الأخيرة', value: 'PAST_REF' },
    { text: 'سيعلن لاحقا عن', span: 'لاحقا', value: 'FUTURE_REF' },
    { text: 'لم يحدث ذلك من قبل.', span: 'من قبل', value: 'PAST_REF' },
  ]);
});
