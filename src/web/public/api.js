// Reads of the JSON API. Field names come from the OpenAPI (/docs-json); every reader
// tolerates missing fields, since the API grows while the page does not.
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // not problem+json: keep the status text
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/** Every item of a paged list (`items`, `next`), up to `maxPages` pages. */
export async function getAllPages(path, params, signal, maxPages = 50) {
  const items = [];
  let cursor;
  for (let page = 0; page < maxPages; page++) {
    const body = await getJson(path + query({ ...params, cursor }), signal);
    items.push(...(body.items ?? []));
    cursor = body.next;
    if (!cursor) return { items, complete: true };
  }
  return { items, complete: false };
}

/**
 * Loads `load(signal)` whenever one of `deps` changes, dropping answers that arrive after a
 * newer request. Keeps the previous data while reloading, so live refreshes do not flicker.
 */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal).then(
      (data) => controller.signal.aborted || setState({ data, error: undefined, loading: false }),
      (error) => controller.signal.aborted || setState({ data: undefined, error, loading: false }),
    );
    return () => controller.abort();
  }, deps);
  return state;
}
