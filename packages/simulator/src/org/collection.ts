// One list of the API (a concrete path such as `/organization/projects/proj_1/users`): objects in
// list order, addressed by id. A collection may sit on a virtual base (the seeded users, made on
// the fly from their index) so 100,000 users cost nothing until one is changed.

export type Entity = Record<string, unknown>;

/** Objects made from their position, 0-based; `indexOf` reads the position back from an id. */
export interface VirtualBase {
  count: number;
  at(index: number): Entity;
  indexOf(id: string): number | undefined;
}

/** What a collection saves: its own objects, and what was done to its base. */
export interface SavedCollection {
  added: { id: string; entity: Entity }[];
  removed: string[];
  patched: Record<string, Entity>;
}

export class Collection {
  readonly #added: { id: string; entity: Entity; gone: boolean }[] = [];
  readonly #index = new Map<string, number>();
  readonly #removed = new Set<string>();
  readonly #patched = new Map<string, Entity>();

  constructor(readonly base?: VirtualBase) {}

  get(id: string): Entity | undefined {
    const own = this.#index.get(id);
    if (own !== undefined) {
      const item = this.#added[own];
      return item && !item.gone ? item.entity : undefined;
    }
    if (!this.base || this.#removed.has(id)) return undefined;
    const patched = this.#patched.get(id);
    if (patched) return patched;
    const i = this.base.indexOf(id);
    return i === undefined ? undefined : this.base.at(i);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Adds `entity` at the end, or replaces the object with that id where it stands. */
  put(id: string, entity: Entity): void {
    const own = this.#index.get(id);
    if (own !== undefined) {
      this.#added[own] = { id, entity, gone: false };
      return;
    }
    if (this.base?.indexOf(id) !== undefined) {
      this.#removed.delete(id);
      this.#patched.set(id, entity);
      return;
    }
    this.#index.set(id, this.#added.length);
    this.#added.push({ id, entity, gone: false });
  }

  /** Removes the object; its place is kept so a cursor naming it still pages on. */
  remove(id: string): boolean {
    if (!this.has(id)) return false;
    const own = this.#index.get(id);
    const item = own === undefined ? undefined : this.#added[own];
    if (item) item.gone = true;
    else {
      this.#removed.add(id);
      this.#patched.delete(id);
    }
    return true;
  }

  /** The position of an id (live or removed) in list order, for cursors. */
  positionOf(id: string): number | undefined {
    const own = this.#index.get(id);
    if (own !== undefined) return (this.base?.count ?? 0) + own;
    return this.base?.indexOf(id);
  }

  get size(): number {
    let live = 0;
    for (const item of this.#added) if (!item.gone) live++;
    return live + (this.base ? this.base.count - this.#removed.size : 0);
  }

  /** Live objects in list order from `position` on. */
  *from(position = 0): Generator<{ position: number; id: string; entity: Entity }> {
    const baseCount = this.base?.count ?? 0;
    for (let i = position; i < baseCount; i++) {
      const entity = this.base?.at(i);
      const id = typeof entity?.id === "string" ? entity.id : "";
      if (this.#removed.has(id)) continue;
      yield { position: i, id, entity: this.#patched.get(id) ?? (entity as Entity) };
    }
    for (let k = Math.max(0, position - baseCount); k < this.#added.length; k++) {
      const item = this.#added[k];
      if (item && !item.gone) yield { position: baseCount + k, id: item.id, entity: item.entity };
    }
  }

  save(): SavedCollection {
    return {
      added: this.#added.filter((a) => !a.gone).map(({ id, entity }) => ({ id, entity })),
      removed: [...this.#removed],
      patched: Object.fromEntries(this.#patched),
    };
  }

  static load(saved: SavedCollection, base?: VirtualBase): Collection {
    const collection = new Collection(base);
    for (const { id, entity } of saved.added) collection.put(id, entity);
    for (const id of saved.removed) collection.#removed.add(id);
    for (const [id, entity] of Object.entries(saved.patched)) collection.#patched.set(id, entity);
    return collection;
  }
}
