// The one place where the front end talks HTTP to helder: same-origin fetch with the session
// cookie, the CSRF token on every write, and problem+json turned into a typed ApiError.

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

// An answer from helder that is not a success, or no answer at all (status 0).
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];

  constructor(status: number, title: string, detail: string, invalidParams: InvalidParam[] = []) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.invalidParams = invalidParams;
  }

  // The reason per field, by the API's field path (e.g. "inwoner.referentie").
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const param of this.invalidParams) {
      errors[param.name] = errors[param.name] ? `${errors[param.name]} ${param.reason}` : param.reason;
    }
    return errors;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// Called on every 401, so that the application can show the login screen.
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export const API_BASE = '/api/v1';

interface Options {
  accept?: string;
  // Some calls handle a status themselves (e.g. 401 while checking the session).
  quietStatuses?: number[];
}

export async function request<T>(method: Method, path: string, body?: unknown, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    const url = new URL(path.startsWith('/') ? path : `${API_BASE}/${path}`, window.location.origin);
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (response.status === 401 && !options.quietStatuses?.includes(401)) onUnauthenticated?.();
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Partial<{ title: string; detail: string; invalidParams: InvalidParam[] }>;
      return new ApiError(response.status, problem.title ?? '', problem.detail ?? '', problem.invalidParams ?? []);
    } catch {
      // fall through: a body that is not JSON after all
    }
  }
  return new ApiError(response.status, response.statusText, '');
}

export const api = {
  get: <T>(path: string, options?: Options) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body: unknown, options?: Options) => request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};

// Builds a query string from the values that are set.
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
