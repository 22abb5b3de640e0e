// The entry bundled by scripts/bench.mjs: the coach's own measurements and the report formatter.
export { benchMachine } from './machine.bench.js';
export { benchSearch } from './search.bench.js';
export { report } from './measure.js';
