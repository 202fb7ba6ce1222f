import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARSetParser reads sets', () => {
  testCases('ARSetParser', [
    { text: 'ينظم سنويا في', span: 'سنويا', value: 'P1Y', type: 'SET' },
    { text: 'ينظم كل عام في', span: 'كل عام', value: 'P1Y' },
    { text: 'ينظم أسبوعيا في', span: 'أسبوعيا', value: 'P1W' },
    { text: 'يجتمع كل ثلاثة أشهر في', span: 'كل ثلاثة أشهر', value: 'P3M' },
    { text: 'يتظاهرون كل يوم جمعة في', span: 'كل يوم جمعة', value: 'XXXX-WXX-5' },
  ]);
});
