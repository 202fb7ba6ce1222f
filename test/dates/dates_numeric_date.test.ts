import { describe } from 'node:test';
import { testCases } from './helpers.ts';

describe('ARNumericDateParser reads numeric dates day first', () => {
  testCases('ARNumericDateParser', [
    { text: 'بتاريخ 12/09/2022 صدر', span: '12/09/2022', value: '2022-09-12' },
    { text: 'بتاريخ 12-9-2022 صدر', span: '12-9-2022', value: '2022-09-12' },
    { text: 'بتاريخ 2022-09-12 صدر', span: '2022-09-12', value: '2022-09-12' },
    { text: 'بتاريخ 2022/9/12 صدر', span: '2022/9/12', value: '2022-09-12' },
    { text: 'بتاريخ 02/04/2022 صدر', span: '02/04/2022', value: '2022-04-02' },
    { text: 'بتاريخ ١٢/٠٩/٢٠٢٢ صدر', span: '١٢/٠٩/٢٠٢٢', value: '2022-09-12' },
    { text: 'بتاريخ 05/25/2018 صدر', span: '05/25/2018', value: '2018-05-25' },
  ]);
});
