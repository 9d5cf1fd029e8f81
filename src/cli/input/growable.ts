/**
 * A Float64Array that grows by doubling as numbers are read, within the memory budget: an input too large for it
 * is refused naming the input and the size reached, before the allocation that would not fit.
 */
import { formatBytes, memoryBudget, MemoryBudgetError } from '../../limits/memoryBudget.ts';

/** Numbers read so far, stored compactly (8 bytes each). */
export class GrowableFloat64 {
  private data: Float64Array;
  length = 0;

  /**
   * @param source - the input, for messages (e.g. '--input u.json')
   * @param initial - the first capacity; @default 64
   */
  constructor(
    private readonly source: string,
    initial = 64,
  ) {
    this.data = new Float64Array(initial);
  }

  /** Appends a number. @throws MemoryBudgetError when doubling the storage would exceed the memory budget */
  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }

  private grow(): void {
    const next = this.data.length * 2;
    // while growing, the old and the new array are both alive
    const bytes = 8 * (this.data.length + next);
    const budget = memoryBudget();
    if (bytes > budget.bytes) {
      throw new MemoryBudgetError(
        `${this.source}: more than ${this.length} numbers in one array need ${formatBytes(bytes)} while they are ` +
          `read, more than the memory budget of ${formatBytes(budget.bytes)} (${budget.source})`,
        bytes,
        budget.bytes,
      );
    }
    const grown = new Float64Array(next);
    grown.set(this.data);
    this.data = grown;
  }

  /** The numbers read, trimmed (a view when little is wasted, else a copy). */
  finish(): Float64Array {
    const view = this.data.subarray(0, this.length);
    return this.data.length - this.length <= this.length / 4 ? view : view.slice();
  }
}
