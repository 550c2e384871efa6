// Pieces every page uses: the loading / error / empty states.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);

export function Status({ state, what }) {
  if (state.error) {
    const text = state.error.status === 404 ? `No such ${what}.` : `Could not load the ${what}: ${state.error.message}`;
    return html`<p class="error" role="alert">${text}</p>`;
  }
  if (state.loading && state.data === undefined) return html`<p class="loading" aria-live="polite">Loading ${what}…</p>`;
  return null;
}

export const factHref = (id) => `#/fact/${encodeURIComponent(id)}`;
export const storyHref = (id) => `#/story/${encodeURIComponent(id)}`;
export const documentHref = (id, quote) =>
  `#/document/${encodeURIComponent(id)}${quote ? `?start=${quote.start}&end=${quote.end}` : ''}`;
