/** How many lookups a column gets before its hit rate decides whether memoising it pays. */
const trialLookups = 256;
/** Texts longer than this are computed every time (free text seldom repeats, and hashing it costs). */
const maxMemoLength = 200;
/** Entries per column before its memo starts over (bounds memory on hostile sheets). */
const maxEntries = 20000;

interface Slot<T> {
  memo: Map<string, T> | null;
  lookups: number;
  hits: number;
}

/**
 * Remembers a computation on texts per slot (a column, or a column and context), because activity lists
 * repeat the same few texts down a column (owners, statuses, plannings). A slot whose texts seldom repeat
 * (ids, activity names) stops memoising after a trial, so it costs no hashing or memory from then on.
 * The computation must depend on the text and the slot only.
 */
export class ColumnMemo<T> {
  private readonly slots: (Slot<T> | undefined)[] = [];

  /** compute(text), from the memo when this slot has seen the text before. */
  get(slot: number, text: string, compute: (text: string) => T): T {
    let state = this.slots[slot];
    if (state === undefined) {
      state = { memo: new Map(), lookups: 0, hits: 0 };
      this.slots[slot] = state;
    }
    const memo = state.memo;
    if (memo === null || text.length > maxMemoLength) return compute(text);
    state.lookups++;
    const known = memo.get(text);
    if (known !== undefined) {
      state.hits++;
      return known;
    }
    const value = compute(text);
    if (state.lookups >= trialLookups && state.hits * 2 < state.lookups) {
      state.memo = null;
      return value;
    }
    if (memo.size >= maxEntries) memo.clear();
    memo.set(text, value);
    return value;
  }
}
