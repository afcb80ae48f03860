/**
 * The fetch `Response` that `asResponse()` hands out, body unread, with the readers the Python SDK's
 * streamed response has under the same names: `iterBytes()`, `iterText()`, `iterLines()` and
 * `writeToFile(path)`. Each reads the body as it arrives and never holds all of it.
 */

import { SDKError } from './errors.js';

/** A `Response` whose body is read as the caller asks, a chunk at a time. */
export interface RawResponse extends Response {
  /** The body's chunks as they arrive. */
  iterBytes(): AsyncGenerator<Uint8Array, void, undefined>;
  /** The body as UTF-8 text, chunk by chunk (a character split across chunks is kept whole). */
  iterText(): AsyncGenerator<string, void, undefined>;
  /** The body's lines without their endings, split as Python's `str.splitlines` splits them. */
  iterLines(): AsyncGenerator<string, void, undefined>;
  /** Writes the body to `path` as it arrives (needs `node:fs`: Node, Deno or Bun). */
  writeToFile(path: string | URL): Promise<void>;
}

// The line endings of Python's str.splitlines, so both SDKs cut the same lines.
const LINE_END = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** `response` with the readers added (the same object: its status, headers and body are untouched). */
export function rawResponse(response: Response): RawResponse {
  const readers: Pick<RawResponse, 'iterBytes' | 'iterText' | 'iterLines' | 'writeToFile'> = {
    iterBytes: () => iterBytes(response),
    iterText: () => iterText(response),
    iterLines: () => iterLines(response),
    writeToFile: (path) => writeToFile(response, path),
  };
  return Object.assign(response, readers);
}

async function* iterBytes(response: Response): AsyncGenerator<Uint8Array, void, undefined> {
  if (response.bodyUsed) throw new SDKError('The response body was already read; it can be read once.');
  const body = response.body;
  if (!body) return;
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    // Leaving the loop early stops the download and frees the connection.
    if (!finished) await reader.cancel();
    reader.releaseLock();
  }
}

async function* iterText(response: Response): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  for await (const chunk of iterBytes(response)) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* iterLines(response: Response): AsyncGenerator<string, void, undefined> {
  let pending = '';
  for await (const text of iterText(response)) {
    pending += text;
    // A CR that ends the text so far may be the first half of a CRLF: its line waits for more.
    const held = pending.endsWith('\r') ? 1 : 0;
    const lines = pending.slice(0, pending.length - held).split(LINE_END);
    pending = lines.pop()! + pending.slice(pending.length - held);
    yield* lines;
  }
  if (pending) {
    const lines = pending.split(LINE_END);
    if (lines[lines.length - 1] === '') lines.pop();
    yield* lines;
  }
}

/** The part of `node:fs/promises` writing a file needs (typed here: the package has no Node types). */
interface FileHandle {
  write(data: Uint8Array): Promise<unknown>;
  close(): Promise<void>;
}
interface FileSystem {
  open(path: string | URL, flags: string): Promise<FileHandle>;
}

async function writeToFile(response: Response, path: string | URL): Promise<void> {
  // Imported on first use, by a name the bundlers of browser code leave alone.
  const module = 'node:fs/promises';
  let fs: FileSystem;
  try {
    fs = (await import(module)) as FileSystem;
  } catch (cause) {
    throw new SDKError('writeToFile needs node:fs (Node, Deno or Bun); read the body with iterBytes() instead.', { cause });
  }
  const file = await fs.open(path, 'w');
  try {
    for await (const chunk of iterBytes(response)) await file.write(chunk);
  } finally {
    await file.close();
  }
}
