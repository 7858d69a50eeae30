// Errors as RFC 9457 problem details (`application/problem+json`), with the library's `code` and `path`.

/** An RFC 9457 problem details object, with the stable `code` and the `path` of the offending field. */
export interface Problem {
  /** A URI naming the kind of problem: `urn:wuye-rules:problem:<code>`. */
  readonly type: string;
  /** A short summary of the kind of problem (the same for every problem of a status). */
  readonly title: string;
  /** The HTTP status. */
  readonly status: number;
  /** What went wrong with this request, in words. */
  readonly detail: string;
  /** The stable snake_case code: the library's own (`not_finite`, …) or the service's (`invalid_json`, …). */
  readonly code: string;
  /** Where in the request the problem is: the argument position, then keys and indexes. */
  readonly path: readonly (string | number)[];
}

/** The title of each status the service answers with. */
export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Malformed request',
  401: 'Unauthorized',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  413: 'Request body too large',
  415: 'Unsupported media type',
  417: 'Expectation failed',
  422: 'Input the rule cannot take',
  431: 'Request headers too large',
  500: 'Internal error',
  501: 'Not implemented',
  503: 'Shutting down',
};

/**
 * A problem details object.
 *
 * @param status - The HTTP status.
 * @param code - The stable snake_case code.
 * @param detail - What went wrong, in words.
 * @param path - Where in the request.
 */
export function problem(status: number, code: string, detail: string, path: readonly (string | number)[] = []): Problem {
  return { type: `urn:wuye-rules:problem:${code}`, title: PROBLEM_TITLES[status] as string, status, detail, code, path };
}
