import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARYearRangeParser reads ranges of years', () => {
  testCases('ARYearRangeParser', [
    { text: 'بين عامي 2006 و2009 ارتفع', span: 'بين عامي 2006 و2009', value: '2006/2009' },
    { text: 'خلال سنتي 2014 و2017 ارتفع', span: 'سنتي 2014 و2017', value: '2014/2017' },
    { text: 'في الفترة ما بين 1975 و1990 ارتفع', span: 'ما بين 1975 و1990', value: '1975/1990' },
    { text: 'وذلك من 2011 إلى 2014 قبل', span: 'من 2011 إلى 2014', value: '2011/2014' },
  ]);
});
