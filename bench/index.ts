import { benchMachine } from './machine.bench.js';
import { report } from './measure.js';

const results = await benchMachine();
console.log(report(results));
const missed = results.filter((r) => r.value > r.target);
if (missed.length) {
  console.log(`\n${missed.length} target(s) missed.`);
  process.exitCode = 1;
}
