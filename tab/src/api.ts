/** Calls the tab's JSON API with the Teams SSO token (none outside Teams: local mode only). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: object): Promise<T>;
}

export function api(token: () => Promise<string | null>, query: URLSearchParams): Api {
  async function call<T>(method: string, path: string, body?: object): Promise<T> {
    const bearer = await token();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (body) headers['content-type'] = 'application/json';
    const [route = '', own = ''] = path.split('?');
    const params = new URLSearchParams(own);
    for (const [key, value] of query) params.set(key, value);
    const res = await fetch(`/api/tab/${route}?${params.toString()}`, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json().catch(() => ({}))) as { message?: string };
    if (!res.ok) throw new ApiError(res.status, json.message ?? res.statusText);
    return json as T;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
  };
}
