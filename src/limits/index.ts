/**
 * Limits of the computations: the memory budget that size checks compare against (hippo's N, generate's length,
 * the CLI) and the error for non-finite results.
 */
export type { MemoryBudget, MemoryEstimate } from './memoryBudget.ts';
export {
  FALLBACK_MEMORY_BUDGET,
  formatBytes,
  MAX_TYPED_ARRAY_LENGTH,
  MEMORY_BUDGET_ENV,
  MEMORY_BUDGET_FRACTION,
  MemoryBudgetError,
  memoryBudget,
  parseByteSize,
  requireMemory,
  setMemoryBudget,
} from './memoryBudget.ts';
export { firstNonFinite, NonFiniteError, requireFiniteResult } from './nonFinite.ts';
