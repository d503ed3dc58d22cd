/**
 * A map from 53-bit test keys to a few outcome bits, in typed arrays: a report with half a
 * million tests costs about 10 MB here, where a Map with number keys of that size (each a heap
 * object beyond 31 bits) cost ten times as much and a fifth of the parse time.
 * Open addressing with linear probing; the table doubles when three quarters full.
 */
export class TestKeyTable {
  private high = new Uint32Array(1 << 12);
  private low = new Uint32Array(1 << 12);
  /** Outcome bits of each slot; 0 marks an empty slot, so stored values must not be 0. */
  private value = new Uint8Array(1 << 12);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The slot of a key: where it is, or where it would go. Valid until the next `put`. */
  slotOf(high: number, low: number): number {
    return this.find(high, low);
  }

  /** The value in a slot; 0 for an empty one. */
  valueAt(slot: number): number {
    return this.value[slot]!;
  }

  /** Stores a non-zero value for the key whose slot `slotOf` just gave. */
  put(slot: number, high: number, low: number, value: number): void {
    if (this.value[slot] === 0) {
      if ((this.count + 1) * 4 > this.value.length * 3) {
        this.grow();
        slot = this.find(high, low);
      }
      this.high[slot] = high;
      this.low[slot] = low;
      this.count++;
    }
    this.value[slot] = value;
  }

  /** Calls `fn` with every stored value, then empties the table. */
  drain(fn: (high: number, low: number, value: number) => void): void {
    for (let slot = 0; slot < this.value.length; slot++) if (this.value[slot] !== 0) fn(this.high[slot]!, this.low[slot]!, this.value[slot]!);
    this.value.fill(0);
    this.count = 0;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const mask = this.value.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    while (this.value[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, value } = this;
    this.high = new Uint32Array(value.length * 2);
    this.low = new Uint32Array(value.length * 2);
    this.value = new Uint8Array(value.length * 2);
    for (let slot = 0; slot < value.length; slot++) {
      if (value[slot] === 0) continue;
      const target = this.find(high[slot]!, low[slot]!);
      this.high[target] = high[slot]!;
      this.low[target] = low[slot]!;
      this.value[target] = value[slot]!;
    }
  }
}
