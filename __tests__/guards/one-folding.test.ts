/**
 * Issue 13: one full-width folding for the whole domain (src/domain/text-fold.ts). The folding's
 * offset 0xFEE0 (U+FF01 − U+0021) and its range may appear nowhere else in src/domain.
 */
import fs from 'node:fs';
import path from 'node:path';

const DOMAIN = path.join(__dirname, '..', '..', 'src', 'domain');

test('only text-fold.ts folds full-width forms', () => {
  const folders = fs
    .readdirSync(DOMAIN)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => /0xfee0|\\uff01-\\uff5e/i.test(fs.readFileSync(path.join(DOMAIN, file), 'utf8')));
  expect(folders).toEqual(['text-fold.ts']);
});
