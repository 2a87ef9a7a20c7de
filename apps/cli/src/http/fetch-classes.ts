// Headers, Request and Response for the CLI's process, in place of Node's. Node defines its own as
// lazy globals that load undici on first touch, with http2, zlib, worker_threads and a WebAssembly
// HTTP parser behind it: about 30 ms and 12 MB on every one-shot command, for classes the CLI
// only uses as containers (its transport is node:http, see createNodeFetch). Fetch libraries on
// npm cost as much to load (node-fetch ~36 ms, minipass-fetch ~35 ms, measured), so these are ours:
// the part of the Fetch standard that openapi-fetch, the client, the transport and the mock use.
// Bodies are bytes held in memory, which is all the client ever sends or keeps (it reads every
// answer whole). What is not supported (streams, FormData, Blob bodies) throws, never half-works.

type HeadersInput =
  | Headers
  | Iterable<readonly [string, string]>
  | Record<string, string | readonly string[]>;
type BodyInput = string | ArrayBuffer | ArrayBufferView | URLSearchParams | null | undefined;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"];
const utf8 = new TextEncoder();

export class FetchHeaders {
  // Lower-cased name -> values in order of arrival; `get` joins them as the standard says.
  readonly #values = new Map<string, string[]>();

  constructor(init?: HeadersInput | null) {
    if (init == null) return;
    if (init instanceof FetchHeaders) {
      for (const [name, values] of init.#values) this.#values.set(name, [...values]);
    } else if (Symbol.iterator in init) {
      for (const pair of init as Iterable<readonly [string, string]>) {
        if (pair.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
        this.append(pair[0], pair[1]);
      }
    } else {
      for (const [name, value] of Object.entries(init)) {
        if (Array.isArray(value)) for (const v of value) this.append(name, v);
        else this.append(name, value as string);
      }
    }
  }

  append(name: string, value: string): void {
    const key = headerName(name);
    const values = this.#values.get(key);
    if (values) values.push(headerValue(name, value));
    else this.#values.set(key, [headerValue(name, value)]);
  }

  set(name: string, value: string): void {
    this.#values.set(headerName(name), [headerValue(name, value)]);
  }

  get(name: string): string | null {
    return this.#values.get(headerName(name))?.join(", ") ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.#values.get("set-cookie") ?? [])];
  }

  has(name: string): boolean {
    return this.#values.has(headerName(name));
  }

  delete(name: string): void {
    this.#values.delete(headerName(name));
  }

  forEach(callback: (value: string, name: string, parent: FetchHeaders) => void, thisArg?: unknown): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  // Sorted by name, `set-cookie` once per value: the standard's iteration order.
  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.#values.keys()].sort()) {
      const values = this.#values.get(name) as string[];
      if (name === "set-cookie") for (const value of values) yield [name, value];
      else yield [name, values.join(", ")];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "Headers";
  }
}

function headerName(name: string): string {
  const text = String(name);
  if (!TOKEN.test(text)) throw new TypeError(`Headers: "${text}" is not a valid header name`);
  return text.toLowerCase();
}

function headerValue(name: string, value: string): string {
  const text = String(value).replace(HTTP_WHITESPACE, "");
  if (/[\0\r\n]/.test(text))
    throw new TypeError(`Headers: the value of "${name}" is not a valid header value`);
  return text;
}

/**
 * FormData with string values: openapi-fetch asks whether every body is one, and Node's would load
 * undici to answer. No operation of the Administration API takes a form, so a FormData body is
 * refused when sent (as streams are) rather than encoded.
 */
export class FetchFormData {
  readonly #entries: [string, string][] = [];

  append(name: string, value: string): void {
    this.#entries.push([String(name), formValue(value)]);
  }

  set(name: string, value: string): void {
    this.delete(name);
    this.append(name, value);
  }

  get(name: string): string | null {
    return this.#entries.find(([n]) => n === name)?.[1] ?? null;
  }

  getAll(name: string): string[] {
    return this.#entries.filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name: string): boolean {
    return this.#entries.some(([n]) => n === name);
  }

  delete(name: string): void {
    for (let i = this.#entries.length - 1; i >= 0; i--)
      if (this.#entries[i]?.[0] === name) this.#entries.splice(i, 1);
  }

  forEach(callback: (value: string, name: string, parent: FetchFormData) => void, thisArg?: unknown): void {
    for (const [name, value] of this.#entries) callback.call(thisArg, value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const [name, value] of this.#entries) yield [name, value];
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.#entries) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.#entries) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "FormData";
  }
}

function formValue(value: unknown): string {
  if (typeof value === "object" && value !== null)
    throw new TypeError("FormData here holds strings only, not files");
  return String(value);
}

/** Bytes and the content type they imply, from what a Request or Response was given. */
function extractBody(body: BodyInput): { bytes: Uint8Array | null; type?: string } {
  if (body == null) return { bytes: null };
  if (typeof body === "string") return { bytes: utf8.encode(body), type: "text/plain;charset=UTF-8" };
  if (body instanceof URLSearchParams) {
    return { bytes: utf8.encode(body.toString()), type: "application/x-www-form-urlencoded;charset=UTF-8" };
  }
  // Held, not copied: the transport and the client hand over buffers they never touch again.
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body) };
  if (ArrayBuffer.isView(body))
    return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  throw new TypeError("This body type is not supported here (streams, Blob and FormData are not)");
}

abstract class Body {
  #bytes: Uint8Array | null;
  readonly #hasBody: boolean;
  #used = false;
  #stream: ReadableStream<Uint8Array> | undefined;

  protected constructor(bytes: Uint8Array | null) {
    this.#bytes = bytes;
    this.#hasBody = bytes !== null;
  }

  /**
   * The body as a stream; built on first use, as nothing in the CLI reads bodies this way. Once the
   * body was read whole there is nothing left to stream, and unlike fetch's classes this says so
   * with `null` rather than build an empty stream (and load Node's web streams) for it.
   */
  get body(): ReadableStream<Uint8Array> | null {
    if (!this.#hasBody || (this.#used && !this.#stream)) return null;
    // No high-water mark: the bytes are handed over (and the body used) only when someone reads.
    this.#stream ??= new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          controller.enqueue(this.#take());
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    return this.#stream;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  protected get bytesForCopy(): Uint8Array | null {
    if (this.#used) throw new TypeError("Body is unusable: it has already been read");
    return this.#bytes;
  }

  #take(): Uint8Array {
    if (this.#used) throw new TypeError("Body is unusable: it has already been read");
    this.#used = true;
    const bytes = this.#bytes ?? new Uint8Array(0);
    // A read body is never read again: a long listing keeps no page's bytes past its parsing.
    this.#bytes = null;
    return bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.#take());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

export interface FetchRequestInit {
  method?: string;
  headers?: HeadersInput;
  body?: BodyInput;
  signal?: AbortSignal | null;
  redirect?: "follow" | "error" | "manual";
  [other: string]: unknown;
}

export class FetchRequest extends Body {
  readonly url: string;
  readonly method: string;
  readonly headers: FetchHeaders;
  readonly signal: AbortSignal;
  readonly redirect: "follow" | "error" | "manual";

  constructor(input: FetchRequest | string | URL, init: FetchRequestInit = {}) {
    const from = input instanceof FetchRequest ? input : undefined;
    const given = init.body !== undefined ? extractBody(init.body) : undefined;
    super(given ? given.bytes : (from?.bytesForCopy ?? null));
    this.url = from ? from.url : new URL(String(input)).href;
    const method = init.method ?? from?.method ?? "GET";
    if (!TOKEN.test(method)) throw new TypeError(`"${method}" is not a valid HTTP method`);
    this.method = METHODS.includes(method.toUpperCase()) ? method.toUpperCase() : method;
    this.headers = new FetchHeaders(init.headers ?? from?.headers);
    if (given?.type && !this.headers.has("content-type")) this.headers.set("content-type", given.type);
    this.signal = init.signal ?? from?.signal ?? new AbortController().signal;
    this.redirect = init.redirect ?? from?.redirect ?? "follow";
    if ((this.method === "GET" || this.method === "HEAD") && (given?.bytes ?? null) !== null) {
      throw new TypeError("Request with GET/HEAD method cannot have body");
    }
  }

  clone(): FetchRequest {
    return new FetchRequest(this);
  }

  get [Symbol.toStringTag](): string {
    return "Request";
  }
}

export interface FetchResponseInit {
  status?: number;
  statusText?: string;
  headers?: HeadersInput;
}

export class FetchResponse extends Body {
  readonly status: number;
  readonly statusText: string;
  readonly headers: FetchHeaders;
  readonly url = "";
  readonly redirected = false;
  readonly type = "default";

  constructor(body?: BodyInput, init: FetchResponseInit = {}) {
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive (got ${status})`);
    }
    const given = extractBody(body);
    if (given.bytes !== null && NULL_BODY_STATUSES.has(status)) {
      throw new TypeError(`Response with null body status ${status} cannot have body`);
    }
    super(given.bytes);
    this.status = status;
    this.statusText = init.statusText ?? "";
    this.headers = new FetchHeaders(init.headers);
    if (given.type && !this.headers.has("content-type")) this.headers.set("content-type", given.type);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  clone(): FetchResponse {
    return new FetchResponse(this.bytesForCopy, this);
  }

  get [Symbol.toStringTag](): string {
    return "Response";
  }
}

/**
 * Makes these the process's Headers, Request, Response and FormData, before anything touches Node's (which
 * would load undici). Only for a process whose HTTP goes through node:http: the built-in fetch
 * cannot take these classes.
 */
export function useFetchClasses(): void {
  // Assigned, not defined: on Node 22 and later, redefining one of these lazy globals loads undici.
  Object.assign(globalThis, {
    Headers: FetchHeaders,
    Request: FetchRequest,
    Response: FetchResponse,
    FormData: FetchFormData,
  });
}
