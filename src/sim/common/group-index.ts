// Lookups by key over a simulator's record list without scanning it on every request: with 10,000 users a
// scan per request made the simulators, not the tool, the bottleneck of the benchmarks.
// Records are only appended (deletes are soft) and their keys never change, so the index follows a list by
// indexing what was appended since the last lookup; a replaced list (a reset) is indexed again from scratch.

export class GroupIndex<T> {
  private source: readonly T[] | null = null;
  private indexed = 0;
  private readonly groups = new Map<string, T[]>();

  constructor(private readonly keyOf: (record: T) => string) {}

  /** The records of `list` whose key is `key`, in list order. */
  get(list: readonly T[], key: string): readonly T[] {
    if (list !== this.source || list.length < this.indexed) {
      this.source = list;
      this.indexed = 0;
      this.groups.clear();
    }
    for (; this.indexed < list.length; this.indexed++) {
      const record = list[this.indexed] as T;
      const k = this.keyOf(record);
      const group = this.groups.get(k);
      if (group) group.push(record);
      else this.groups.set(k, [record]);
    }
    return this.groups.get(key) ?? [];
  }

  /** The first record with `key`, for unique keys. */
  first(list: readonly T[], key: string): T | undefined {
    return this.get(list, key)[0];
  }
}
