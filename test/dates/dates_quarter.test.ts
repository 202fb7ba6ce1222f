import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARQuarterParser reads quarters and halves of a year', () => {
  testCases('ARQuarterParser', [
    { text: 'خلال الربع الأول من 2025 ارتفع', span: 'الربع الأول من 2025', value: '2025-Q1' },
    { text: 'في الربع الثالث من العام الماضي ارتفع', span: 'الربع الثالث من العام الماضي', value: '2021-Q3' },
    { text: 'في النصف الثاني من العام ارتفع', span: 'النصف الثاني من العام', value: '2022-H2' },
  ]);
});
