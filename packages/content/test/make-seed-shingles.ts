// Rebuilds fixtures/seed-faq-shingles.json from the Europass FAQ seed (kept outside the repository):
//   npx esbuild packages/content/test/make-seed-shingles.ts --bundle --platform=node --format=cjs \
//     | node - /work/shared/seed/europass-faq.txt > packages/content/test/fixtures/seed-faq-shingles.json
//   npx prettier --write packages/content/test/fixtures/seed-faq-shingles.json
// and, with a third argument `europass`, fixtures/seed-europass-shingles.json from its Europass part.
import { readFileSync } from 'node:fs';
import { SHINGLE_WORDS, shingles } from './seed-shingles.js';

const path = process.argv[2];
if (!path) throw new Error('Give the path of the FAQ seed.');
// The two-factor part: everything before the Portuguese section on Europass templates; or that section.
const parts = readFileSync(path, 'utf8').split('Modelos Europass');
const text = (process.argv[3] === 'europass' ? parts[1] : parts[0]) ?? '';
const hashes = [...new Set(text.split(/\n/).flatMap(shingles))].sort();
process.stdout.write(`${JSON.stringify({ words: SHINGLE_WORDS, hashes }, null, 0)}\n`);
