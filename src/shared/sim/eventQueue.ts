/**
 * The simulator's agenda: a binary min-heap of timed entries, ordered by time and then by
 * insertion sequence.
 *
 * The sequence tie-break is what makes the output stable: two things due at the same
 * millisecond happen in the order they were scheduled, on every run. Entries live in
 * typed-array slots (time, sequence, client, kind and two numeric arguments) and the heap
 * holds slot numbers only, so scheduling a million timers allocates no objects: a simulation
 * of 10,000 clients over a day keeps the garbage collector out of the hot loop.
 */

/** What `pop` fills in; one instance is reused for every entry. */
export interface QueueEntry {
  timeMs: number;
  client: number;
  kind: number;
  a: number;
  b: number;
}

export class EventQueue {
  private timeMs = new Float64Array(1024);
  private seq = new Float64Array(1024);
  private client = new Int32Array(1024);
  private kind = new Uint8Array(1024);
  private argA = new Float64Array(1024);
  private argB = new Float64Array(1024);
  private heap = new Int32Array(1024);
  private freeSlots = new Int32Array(1024);
  private freeCount = 0;
  private slotCount = 0;
  private size = 0;
  private nextSeq = 0;

  get length(): number {
    return this.size;
  }

  push(timeMs: number, client: number, kind: number, a = 0, b = 0): void {
    const slot = this.freeCount > 0 ? (this.freeSlots[--this.freeCount] as number) : this.newSlot();
    this.timeMs[slot] = timeMs;
    this.seq[slot] = this.nextSeq++;
    this.client[slot] = client;
    this.kind[slot] = kind;
    this.argA[slot] = a;
    this.argB[slot] = b;
    if (this.size === this.heap.length) this.heap = grow(this.heap, Int32Array);
    this.heap[this.size] = slot;
    this.siftUp(this.size++);
  }

  /** The earliest entry's time, or Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : (this.timeMs[this.heap[0] as number] as number);
  }

  /** Removes the earliest entry into `out`; false when empty. */
  pop(out: QueueEntry): boolean {
    if (this.size === 0) return false;
    const heap = this.heap;
    const slot = heap[0] as number;
    out.timeMs = this.timeMs[slot] as number;
    out.client = this.client[slot] as number;
    out.kind = this.kind[slot] as number;
    out.a = this.argA[slot] as number;
    out.b = this.argB[slot] as number;
    this.size--;
    if (this.size > 0) {
      heap[0] = heap[this.size] as number;
      this.siftDown(0);
    }
    if (this.freeCount === this.freeSlots.length) this.freeSlots = grow(this.freeSlots, Int32Array);
    this.freeSlots[this.freeCount++] = slot;
    return true;
  }

  private newSlot(): number {
    if (this.slotCount === this.timeMs.length) {
      this.timeMs = grow(this.timeMs, Float64Array);
      this.seq = grow(this.seq, Float64Array);
      this.client = grow(this.client, Int32Array);
      this.kind = grow(this.kind, Uint8Array);
      this.argA = grow(this.argA, Float64Array);
      this.argB = grow(this.argB, Float64Array);
    }
    return this.slotCount++;
  }

  private before(x: number, y: number): boolean {
    const tx = this.timeMs[x] as number;
    const ty = this.timeMs[y] as number;
    return tx < ty || (tx === ty && (this.seq[x] as number) < (this.seq[y] as number));
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    const slot = heap[i] as number;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as number;
      if (!this.before(slot, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = this.size;
    const slot = heap[i] as number;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.before(heap[right] as number, heap[child] as number)) child = right;
      const c = heap[child] as number;
      if (!this.before(c, slot)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = slot;
  }
}

type TypedArray = Float64Array | Int32Array | Uint8Array;

function grow<T extends TypedArray>(array: T, Ctor: new (length: number) => T): T {
  const bigger = new Ctor(array.length * 2);
  bigger.set(array as never);
  return bigger;
}
