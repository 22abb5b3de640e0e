// The entry bundled by scripts/check-budgets.mjs.
export { checkBudgets } from './budgets.js';
export { report } from './measure.js';
