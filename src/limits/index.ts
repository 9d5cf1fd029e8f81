/**
 * Limits of the computations: the memory budget that size checks compare against (hippo's N, generate's length,
 * the CLI) and the error for non-finite results.
 */
export type { MemoryBudget, MemoryEstimate } from './memoryBudget.ts';
export {
  formatBytes,
  MEMORY_BUDGET_ENV,
  MemoryBudgetError,
  memoryBudget,
  parseByteSize,
  setMemoryBudget,
} from './memoryBudget.ts';
export { NonFiniteError } from './nonFinite.ts';
