import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARDecadeParser reads decades', () => {
  testCases('ARDecadeParser', [
    { text: 'في التسعينيات كان', span: 'التسعينيات', value: '199X' },
    { text: 'في الثمانينيات من القرن الماضي كان', span: 'الثمانينيات من القرن الماضي', value: '198X' },
    { text: 'منذ سبعينيات القرن الماضي', span: 'سبعينيات القرن الماضي', value: '197X' },
  ]);
});
