/**
 * Server-Sent Events: the decoder, and the typed stream event-stream operations return.
 *
 * The decoder follows the WHATWG event-stream rules (lines end in CR, LF or CRLF; a leading BOM is
 * dropped; `data` lines join with newlines; `event`, `id`, `retry`; lines starting with `:` are
 * comments; a blank line dispatches). `data: [DONE]` ends a stream, an `error` event throws
 * APIStreamError, any other event's data is parsed as JSON (one with empty data, a keep-alive, yields nothing). Events are handed over as they arrive.
 */

import type { APIResponseProps } from './api-promise.js';
import { APIError, SDKError } from './errors.js';
import { requestIdOf, withRequestId } from './response.js';

export interface ServerSentEvent {
  /** The event type (`message` when the server named none). */
  readonly event: string;
  readonly data: string;
  /** The last event id the stream set, if any. */
  readonly id: string | null;
  readonly retry: number | null;
}

/** The server sent an `error` event in the middle of a stream. */
export class APIStreamError<TBody = unknown> extends APIError<TBody> {
  readonly event: ServerSentEvent;

  constructor(event: ServerSentEvent, body: TBody, init: { status: number; headers: Headers; requestId: string | null }) {
    super(`The stream reported an error: ${errorDetail(body) ?? event.data}`, { ...init, body });
    this.event = event;
  }
}

const LF = 10;
const CR = 13;

/** Bytes in, events out, incrementally: `feed` returns the events its chunk completed. */
export class SSEDecoder {
  private pending: Uint8Array[] = [];
  private afterCR = false;
  private started = false;
  private data: string[] = [];
  private eventType = '';
  private lastId: string | null = null;
  private retry: number | null = null;
  private readonly text = new TextDecoder();

  feed(chunk: Uint8Array): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let start = 0;
    // The LF of a CRLF split across two chunks: the line already ended at the CR.
    if (this.afterCR && chunk.length > 0 && chunk[0] === LF) start = 1;
    if (chunk.length > 0) this.afterCR = false;
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== LF && byte !== CR) continue;
      this.pending.push(chunk.subarray(start, i));
      this.line(events);
      if (byte === CR) {
        if (i + 1 < chunk.length) {
          if (chunk[i + 1] === LF) i++;
        } else {
          this.afterCR = true;
        }
      }
      start = i + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.slice(start));
    return events;
  }

  private line(events: ServerSentEvent[]): void {
    let line = this.text.decode(concat(this.pending));
    this.pending = [];
    if (!this.started) {
      this.started = true;
      if (line.startsWith('\uFEFF')) line = line.slice(1);
    }
    if (line === '') {
      if (this.data.length > 0) {
        events.push({ event: this.eventType || 'message', data: this.data.join('\n'), id: this.lastId, retry: this.retry });
      }
      this.data = [];
      this.eventType = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (name === 'data') this.data.push(value);
    else if (name === 'event') this.eventType = value;
    else if (name === 'id' && !value.includes('\0')) this.lastId = value;
    else if (name === 'retry' && /^[0-9]+$/.test(value)) this.retry = Number(value);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function errorDetail(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const nested = record['error'];
    if (typeof nested === 'string') return nested;
    for (const source of [nested, record]) {
      const message = source && typeof source === 'object' ? (source as Record<string, unknown>)['message'] : undefined;
      if (typeof message === 'string') return message;
    }
  }
  return typeof body === 'string' ? body : undefined;
}

/**
 * The events of one response, decoded as they arrive: `for await (const event of stream)`.
 * Breaking out of the loop, or `stream.controller.abort()`, stops reading and closes the connection.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborting it stops the stream and closes the connection. */
  readonly controller: AbortController;
  /** The HTTP response the events are read from (its body is being consumed). */
  readonly response: Response;
  private consumed = false;

  constructor(response: Response, controller: AbortController) {
    this.response = response;
    this.controller = controller;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.consumed) throw new SDKError('This stream was already iterated; a stream can be read once.');
    this.consumed = true;
    const body = this.response.body;
    if (!body) return;
    const reader = body.getReader();
    const decoder = new SSEDecoder();
    const requestId = this.response.headers.get('x-request-id') ?? this.response.headers.get('request-id');
    let finished = false;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of decoder.feed(value)) {
          if (event.data === '[DONE]') {
            finished = true;
            return;
          }
          if (event.data === '' && event.event !== 'error') continue; // a keep-alive
          const parsed = parseEventData(event);
          if (event.event === 'error') {
            throw new APIStreamError(event, parsed, { status: this.response.status, headers: this.response.headers, requestId });
          }
          yield parsed as T;
        }
      }
      finished = true;
    } catch (error) {
      // `controller.abort()` ends the loop quietly; the errors the stream itself raises still throw.
      if (this.controller.signal.aborted && !(error instanceof SDKError)) return;
      throw error;
    } finally {
      if (!finished) this.controller.abort();
      reader.releaseLock();
    }
  }

  /** The events as a ReadableStream of JSON lines (one event per line), e.g. to pass on as a response body. */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) return controller.close();
          controller.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}

function parseEventData(event: ServerSentEvent): unknown {
  try {
    return JSON.parse(event.data) as unknown;
  } catch {
    if (event.event === 'error') return event.data;
    throw new SDKError(`The stream sent an event whose data is not JSON: ${JSON.stringify(event.data.slice(0, 200))}`);
  }
}

/** Whether a call streams: always for an event-stream operation, else when the flag field is true. */
export function isStreaming(kind: string, flag: string | undefined, values: Record<string, unknown>): boolean {
  return kind === 'sse' || (flag !== undefined && values[flag] === true);
}

/** An event-stream call's result: its events, read as they arrive (the APIPromise's parse step). */
export function streamResponse(props: APIResponseProps): Stream<unknown> {
  return withRequestId(new Stream<unknown>(props.response, props.controller), requestIdOf(props.response.headers));
}
