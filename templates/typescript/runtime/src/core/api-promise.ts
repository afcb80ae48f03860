/**
 * What every method returns: a Promise of its result that can also hand out the HTTP response.
 *
 * The request goes out when the method is called; the body is read only when the result is asked
 * for (`await`, `.then`), so `asResponse()` gets the fetch `Response` with its body unread (with
 * `iterBytes()`, `iterText()`, `iterLines()` and `writeToFile(path)` to read it as it arrives). Other
 * result shapes build on it: a subclass passes its own `parseResponse`, or `_thenUnwrap` maps the
 * parsed result (a page of a list, an event stream) without sending anything again.
 */

import { rawResponse, type RawResponse } from './raw-response.js';
import { decodeHeaders, parseBody, requestIdOf, resultRequestId, withRequestId, type HeaderKind, type NoDeclaredHeaders, type ResponseKind, type WithRequestID } from './response.js';

/** One successful answer, before its body is read. */
export interface APIResponseProps {
  readonly response: Response;
  /** How the body is read (json, text, binary, stream, empty). */
  readonly kind: ResponseKind;
  /** The success response's declared headers: name as the spec spells it, and its type. */
  readonly declaredHeaders: readonly (readonly [string, HeaderKind])[];
  /** Aborts the underlying request (streamed bodies keep it open until read). */
  readonly controller: AbortController;
}

/** Turns an answer into a method's result; the hook subclasses and wrappers replace. */
export type ParseResponse<T> = (props: APIResponseProps) => Promise<T> | T;

/** The result of the body as the endpoint's kind says, carrying the answer's request id. */
export async function defaultParseResponse<T>(props: APIResponseProps): Promise<WithRequestID<T>> {
  const value = await parseBody(props.response, props.kind);
  return withRequestId(value, requestIdOf(props.response.headers, value)) as WithRequestID<T>;
}

/** `withResponse()`: the result with the answer it came from. */
export interface WithResponse<T, H = NoDeclaredHeaders> {
  readonly data: WithRequestID<T>;
  readonly response: Response;
  readonly request_id: string | null;
  /** The headers the spec declares for this response, typed and decoded. */
  readonly headers: H;
}

export class APIPromise<T, H = NoDeclaredHeaders> extends Promise<WithRequestID<T>> {
  private _parsed: Promise<WithRequestID<T>> | undefined;

  constructor(
    protected readonly responsePromise: Promise<APIResponseProps>,
    protected readonly parseResponse: ParseResponse<WithRequestID<T>> = defaultParseResponse,
  ) {
    // The base promise settles at once and is never observed: then/catch/finally below read the
    // body only when someone asks for the result.
    super((resolve) => resolve(null as WithRequestID<T>));
  }

  /** A promise of `transform(result)` over the same answer (a page, a stream, a field of the result). */
  _thenUnwrap<U>(transform: (data: WithRequestID<T>, props: APIResponseProps) => U | Promise<U>): APIPromise<U, H> {
    return new APIPromise<U, H>(this.responsePromise, async (props) => {
      const data = await this.parseResponse(props);
      const value = await transform(data, props);
      return withRequestId(value, resultRequestId(data, props.response.headers)) as WithRequestID<U>;
    });
  }

  /**
   * The fetch `Response`, its body unread (for streaming it, or reading headers only), with
   * `iterBytes()`, `iterText()`, `iterLines()` and `writeToFile(path)` reading it as it arrives.
   */
  asResponse(): Promise<RawResponse> {
    return this.responsePromise.then((props) => rawResponse(props.response));
  }

  /** The parsed result together with the `Response`, the request id and the declared headers. */
  async withResponse(): Promise<WithResponse<T, H>> {
    const [data, props] = await Promise.all([this.parse(), this.responsePromise]);
    const headers = decodeHeaders(props.declaredHeaders, props.response.headers) as H;
    return { data, response: props.response, request_id: resultRequestId(data, props.response.headers), headers };
  }

  private parse(): Promise<WithRequestID<T>> {
    this._parsed ??= this.responsePromise.then((props) => this.parseResponse(props));
    return this._parsed;
  }

  override then<R1 = WithRequestID<T>, R2 = never>(
    onfulfilled?: ((value: WithRequestID<T>) => R1 | PromiseLike<R1>) | null | undefined,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null | undefined,
  ): Promise<R1 | R2> {
    return this.parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null | undefined): Promise<WithRequestID<T> | R> {
    return this.parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null | undefined): Promise<WithRequestID<T>> {
    return this.parse().finally(onfinally);
  }
}
