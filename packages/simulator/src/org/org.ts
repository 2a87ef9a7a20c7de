// The organization's state: every collection and singleton by its concrete path, and how it is
// saved (a JSON file, written to a temporary file and renamed, so a crash never leaves half of it).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Collection, type Entity, type SavedCollection, type VirtualBase } from "./collection.js";

export interface OrgSizes {
  users: number;
  projects: number;
  days: number;
  /** Custom roles of the organization; absent from state files saved before it was a size. */
  roles?: number;
}

/** Where the organization came from: enough to make its virtual parts again on load. */
export interface OrgOrigin {
  seed: number;
  sizes: OrgSizes;
  /** Unix seconds the seed counted back from. */
  now: number;
}

interface SavedOrg {
  format: 1;
  origin: OrgOrigin;
  counter: number;
  collections: Record<string, SavedCollection>;
  singletons: Record<string, Entity | null>;
}

export const USERS_PATH = "/organization/users";

export class Org {
  readonly collections = new Map<string, Collection>();
  readonly singletons = new Map<string, Entity | null>();
  /** Numbers every generated id and audit entry; saved, so ids never repeat across restarts. */
  counter = 0;

  constructor(
    readonly origin: OrgOrigin,
    readonly usersBase?: VirtualBase,
  ) {
    this.collections.set(USERS_PATH, new Collection(usersBase));
  }

  /** The collection at `key`, made empty on first use. */
  collection(key: string): Collection {
    let collection = this.collections.get(key);
    if (!collection) {
      collection = new Collection();
      this.collections.set(key, collection);
    }
    return collection;
  }

  /** The collection at `key` if anything was ever put there. */
  existing(key: string): Collection | undefined {
    return this.collections.get(key);
  }

  toJSON(): SavedOrg {
    return {
      format: 1,
      origin: this.origin,
      counter: this.counter,
      collections: Object.fromEntries([...this.collections].map(([key, c]) => [key, c.save()])),
      singletons: Object.fromEntries(this.singletons),
    };
  }

  static fromJSON(saved: SavedOrg, usersBase: (origin: OrgOrigin) => VirtualBase): Org {
    const org = new Org(saved.origin, usersBase(saved.origin));
    org.counter = saved.counter;
    for (const [key, c] of Object.entries(saved.collections)) {
      org.collections.set(key, Collection.load(c, key === USERS_PATH ? org.usersBase : undefined));
    }
    for (const [key, value] of Object.entries(saved.singletons)) org.singletons.set(key, value);
    return org;
  }
}

/** Reads a saved organization, or undefined when the file does not exist. */
export function readOrgFile(file: string): SavedOrg | undefined {
  if (!existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, "utf8")) as SavedOrg;
  if (saved.format !== 1)
    throw new Error(`${file}: not a simulator state file (format ${String(saved.format)})`);
  return saved;
}

/** Writes the organization atomically: a reader (or a crash) sees the old file or the new one. */
export function writeOrgFile(file: string, org: Org): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(org));
  renameSync(temporary, file);
}
