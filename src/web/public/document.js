import { useEffect, useRef } from 'preact/hooks';
import { getJson, useLoad } from './api.js';
import { instant } from './format.js';
import { html, Status } from './view-parts.js';

/** A document's stored text, with the quote at `start`..`end` (UTF-16 offsets) highlighted. */
export function DocumentPage({ id, params }) {
  const state = useLoad((signal) => getJson(`/documents/${encodeURIComponent(id)}`, signal), [id]);
  const mark = useRef(null);
  useEffect(() => mark.current?.scrollIntoView({ block: 'center' }), [state.data]);
  const doc = state.data;
  if (!doc) return html`<h1 tabindex="-1">Document</h1><${Status} state=${state} what="document" />`;
  const text = String(doc.text ?? '');
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const quoted = params.has('start') && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
  return html`
    <h1 tabindex="-1">${doc.title || doc.publisher || doc.documentId}</h1>
    <p class="meta">${doc.publisher ?? 'Unknown publisher'} · published ${instant(doc.publishedAt)} · ${doc.kind}${doc.url && html` · <span class="url">${doc.url}</span>`}</p>
    ${params.has('start') && !quoted && html`<p class="error" role="alert">The quote's offsets do not fit this document.</p>`}
    ${quoted && html`<p>The quote is highlighted (characters ${start}–${end}).</p>`}
    <div class="document-text" tabindex="0" aria-label="Document text">${quoted
      ? html`${text.slice(0, start)}<mark ref=${mark}>${text.slice(start, end)}</mark>${text.slice(end)}`
      : text}</div>`;
}
