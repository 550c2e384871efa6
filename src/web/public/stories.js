import { useEffect, useState } from 'preact/hooks';
import { getAllPages, getJson, query, useLoad } from './api.js';
import { instant } from './format.js';
import { documentHref, html, Status, storyHref } from './view-parts.js';

const STORY_PAGE = 50;
// Ask the server once typing pauses, not on every key.
const SEARCH_PAUSE_MS = 300;

export function StoriesPage({ params, tick }) {
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [asked, setAsked] = useState(search.trim());
  const [pages, setPages] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setAsked(search.trim());
      setPages(1);
      // The search stays in the address, so it can be linked to and survives a reload.
      history.replaceState(null, '', `#/stories${query({ q: search.trim() })}`);
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const state = useLoad((signal) => getAllPages('/stories', { limit: STORY_PAGE, q: asked }, signal, pages), [asked, pages, tick]);
  const stories = state.data?.items ?? [];
  return html`
    <h1 tabindex="-1">Stories</h1>
    <form class="filters" role="search" onSubmit=${(e) => (e.preventDefault(), setAsked(search.trim()))}>
      <label for="story-search">Search headlines and summaries</label>
      <input id="story-search" type="search" value=${search} onInput=${(e) => setSearch(e.currentTarget.value)} />
    </form>
    <${Status} state=${state} what="stories" />
    ${state.data && stories.length === 0 && !asked &&
      html`<div class="empty" role="status"><h2>The ledger is empty</h2>
        <p>No story has been reported yet. Documents posted to <code>POST /documents</code> (or the seeds, <code>npm run seed</code>) appear here as they arrive.</p></div>`}
    ${state.data && stories.length === 0 && asked && html`<p class="empty" role="status">No story matches “${asked}”.</p>`}
    ${stories.length > 0 && html`<p class="count">${stories.length}${state.data.complete ? '' : '+'} ${stories.length === 1 ? 'story' : 'stories'}${asked ? ` matching “${asked}”` : ''}</p>`}
    <ul class="cards">${stories.map((story) => html`
      <li key=${story.id}>
        <a class="headline" href=${storyHref(story.id)}>${story.headline}</a>
        <p class="meta"><span>${story.date ?? 'undated'}</span> · <span>${plural(story.version?.number ?? 1, 'version')}</span> · <span class="fact-count">${plural(story.factCount ?? 0, 'fact')}</span></p>
      </li>`)}
    </ul>
    ${state.data && !state.data.complete && html`<button type="button" disabled=${state.loading} onClick=${() => setPages(pages + 1)}>Load older stories</button>`}`;
}

const plural = (count, noun) => `${count} ${count === 1 ? noun : `${noun}s`}`;

export function StoryPage({ id, params, tick }) {
  const state = useLoad(
    (signal) => Promise.all([getJson(`/stories/${encodeURIComponent(id)}`, signal), getJson(`/stories/${encodeURIComponent(id)}/versions`, signal)]),
    [id, tick],
  );
  if (!state.data) return html`<h1 tabindex="-1">Story</h1><${Status} state=${state} what="story" />`;
  const [story, { items: versions = [] }] = state.data;
  return html`
    <h1 tabindex="-1">${story.headline}</h1>
    <p class="meta">${story.date ?? 'undated'} · ${versions.length} ${versions.length === 1 ? 'version' : 'versions'}</p>
    ${story.summary && html`<p class="summary">${story.summary}</p>`}
    <${Versions} id=${id} versions=${versions} params=${params} />
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      ${(story.sources ?? []).length === 0 ? html`<p>No sources cited.</p>` : html`<ul>${story.sources.map((source) => html`
        <li key=${source.documentId ?? source.url}>${source.name ?? 'Source'}${source.url && html` — <span class="url">${source.url}</span>`}
          ${source.version != null && html` · <span class="cited-in">cited from version ${source.version}</span>`}
          ${source.documentId && html` · <a href=${documentHref(source.documentId)}>stored text</a>`}</li>`)}</ul>`}
      ${story.documentId && html`<p>The entry itself: <a href=${documentHref(story.documentId)}>stored text</a></p>`}
    </section>
    <section aria-labelledby="related-title">
      <h2 id="related-title">Related stories</h2>
      ${(story.related ?? []).length === 0 ? html`<p>None linked.</p>` : html`<ul>${story.related.map((entry) => html`
        <li key=${entry.storyId ?? entry.path}><a href=${storyHref(entry.storyId)}>${entry.headline ?? entry.path}</a>
          ${entry.date && html` <span class="meta">${entry.date}</span>`}
          ${(entry.contextTags ?? []).length > 0 && html` <span class="tags">${entry.contextTags.join(', ')}</span>`}</li>`)}</ul>`}
    </section>`;
}

/** The versions on a line, and the word-level diff between any two of them. */
function Versions({ id, versions, params }) {
  const last = versions.length;
  const [from, setFrom] = useState(Number(params.get('from')) || Math.max(1, last - 1));
  const [to, setTo] = useState(Number(params.get('to')) || last);
  const diff = useLoad(
    // The answer carries the pair it was asked for: while the next pair loads, the diff shown
    // keeps naming the versions it compares, never the ones just selected.
    (signal) =>
      last > 1
        ? getJson(`/stories/${encodeURIComponent(id)}/diff${query({ from, to })}`, signal).then((data) => ({ ...data, pair: { from, to } }))
        : Promise.resolve(null),
    [id, from, to, last],
  );
  const choose = (n) => {
    setTo(n);
    setFrom(n > 1 ? n - 1 : Math.min(2, last));
  };
  const options = versions.map((v) => html`<option key=${v.number} value=${v.number}>${v.number}: ${v.label}</option>`);
  return html`
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <ol class="versions" aria-label="Versions in order">${versions.map((v) => html`
        <li key=${v.number}>
          <button type="button" aria-pressed=${v.number === to} onClick=${() => choose(v.number)} title=${v.headline}>
            <strong>${v.number}</strong> <span>${v.label}</span> <small>${instant(v.knownAt)}</small>
          </button>
        </li>`)}
      </ol>
      ${last > 1 && html`
        <form class="filters" onSubmit=${(e) => e.preventDefault()}>
          <div class="field"><label for="diff-from">From version</label>
            <select id="diff-from" value=${from} onChange=${(e) => setFrom(Number(e.currentTarget.value))}>${options}</select></div>
          <div class="field"><label for="diff-to">To version</label>
            <select id="diff-to" value=${to} onChange=${(e) => setTo(Number(e.currentTarget.value))}>${options}</select></div>
        </form>
        <${Status} state=${diff} what="diff" />
        ${diff.data && html`<p class="diff" aria-label=${`Changes from version ${diff.data.pair.from} to version ${diff.data.pair.to}`}>${(diff.data.changes ?? []).map((part, i) =>
          part.op === 'insert' ? html`<ins key=${i}>${part.text}</ins>` : part.op === 'delete' ? html`<del key=${i}>${part.text}</del>` : html`<span key=${i}>${part.text}</span>`)}</p>
          <p class="legend"><ins>inserted</ins> <del>deleted</del></p>`}`}
    </section>`;
}
