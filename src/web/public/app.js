import { h, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import { DocumentPage } from './document.js';
import { FactPage, FactsPage } from './facts.js';
import { connectLive, useLive } from './live.js';
import { RelationsPage } from './relations.js';
import { StoriesPage, StoryPage } from './stories.js';

const html = htm.bind(h);

/** `#/story/<id>?a=b` → { name: 'story', id, params }. */
function parseRoute(hash) {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name = 'stories', ...rest] = path.split('/');
  return { name: name || 'stories', id: rest.length ? decodeURIComponent(rest.join('/')) : undefined, params: new URLSearchParams(search) };
}

function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

const SECTIONS = [
  { name: 'stories', label: 'Stories', also: ['story'] },
  { name: 'facts', label: 'Facts', also: ['fact', 'document'] },
  { name: 'relations', label: 'Relations', also: [] },
];

function LiveStatus({ live }) {
  const text = { connecting: 'Connecting to live updates…', live: 'Live', lost: 'Live updates lost — reconnecting…' }[live.status];
  return html`<p class=${`live live-${live.status}`} role="status" data-status=${live.status} data-reconnects=${live.reconnects}>
    <span class="dot" aria-hidden="true"></span>${text}
  </p>`;
}

function Recent({ live }) {
  if (live.recent.length === 0) return null;
  const href = (item) => ({ document: `#/document/${encodeURIComponent(item.id)}`, story: `#/story/${encodeURIComponent(item.id)}`, fact: `#/fact/${encodeURIComponent(item.id)}` })[item.kind];
  return html`<aside class="recent" aria-labelledby="recent-title">
    <h2 id="recent-title">Just in</h2>
    <ul>${live.recent.map((item) => html`<li key=${item.key}><span class="kind">${item.kind}</span> <a href=${href(item)}>${item.text}</a></li>`)}</ul>
  </aside>`;
}

function Page({ route, tick }) {
  switch (route.name) {
    case 'story': return html`<${StoryPage} id=${route.id} params=${route.params} tick=${tick} />`;
    case 'facts': return html`<${FactsPage} params=${route.params} tick=${tick} />`;
    case 'fact': return html`<${FactPage} id=${route.id} tick=${tick} />`;
    case 'document': return html`<${DocumentPage} id=${route.id} params=${route.params} />`;
    case 'relations': return html`<${RelationsPage} params=${route.params} tick=${tick} />`;
    case 'stories': return html`<${StoriesPage} params=${route.params} tick=${tick} />`;
    default: return html`<h1 tabindex="-1">Not found</h1><p>No page here. <a href="#/stories">Go to the stories</a>.</p>`;
  }
}

function App() {
  const route = useRoute();
  const live = useLive();
  const main = useRef(null);
  const routeKey = `${route.name}/${route.id ?? ''}`;
  // Moving to another page puts the keyboard focus on its heading, as a page load would.
  useEffect(() => {
    main.current?.querySelector('h1')?.focus();
  }, [routeKey]);
  return html`
    <header class="top">
      <a class="brand" href="#/stories">Newsledger</a>
      <nav aria-label="Sections">
        <ul>${SECTIONS.map((s) => {
          const current = s.name === route.name || s.also.includes(route.name);
          return html`<li key=${s.name}><a href=${`#/${s.name}`} aria-current=${current ? 'page' : undefined}>${s.label}</a></li>`;
        })}</ul>
      </nav>
      <${LiveStatus} live=${live} />
    </header>
    <div class="layout">
      <main id="main" ref=${main}><${Page} key=${routeKey} route=${route} tick=${live.tick} /></main>
      <${Recent} live=${live} />
    </div>`;
}

connectLive();
const root = document.getElementById('app');
root.textContent = '';
render(html`<${App} />`, root);
