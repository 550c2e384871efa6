import { useState } from 'preact/hooks';
import { getJson, query, useLoad } from './api.js';
import { anyValue, counts, instant, party, places, typeLabel, validDate } from './format.js';
import { documentHref, factHref, html, Status } from './view-parts.js';

const COUNTRY = /^[a-z]{3}$/i;

export function FactsPage({ params, tick }) {
  const [filters, setFilters] = useState({ actor: params.get('actor') ?? '', target: params.get('target') ?? '' });
  const [pages, setPages] = useState([undefined]);
  const valid = Object.values(filters).every((v) => v === '' || COUNTRY.test(v));
  const state = useLoad(async (signal) => {
    if (!valid) return [];
    const answers = [];
    for (const cursor of pages) answers.push(await getJson(`/facts${query({ ...filters, cursor, limit: 50 })}`, signal));
    return answers;
  }, [filters.actor, filters.target, pages.length, tick]);
  const facts = (state.data ?? []).flatMap((page) => page.items ?? []);
  const next = state.data?.[state.data.length - 1]?.next;
  const set = (key) => (e) => {
    setPages([undefined]);
    setFilters({ ...filters, [key]: e.currentTarget.value.trim().toUpperCase() });
  };
  return html`
    <h1 tabindex="-1">Facts</h1>
    <form class="filters" onSubmit=${(e) => e.preventDefault()}>
      <label>Actor (ISO alpha-3) <input name="actor" maxlength="3" value=${filters.actor} onInput=${set('actor')} /></label>
      <label>Target <input name="target" maxlength="3" value=${filters.target} onInput=${set('target')} /></label>
    </form>
    ${!valid && html`<p class="error" role="alert">Countries are three-letter codes, e.g. RUS.</p>`}
    <${Status} state=${state} what="facts" />
    ${state.data && facts.length === 0 && valid && html`<p class="empty" role="status">No facts${filters.actor || filters.target ? ' for these countries' : ' in the ledger yet'}.</p>`}
    <ul class="cards">${facts.map((fact) => html`<li key=${fact.id}><${FactSummary} fact=${fact} /></li>`)}</ul>
    ${next && html`<button type="button" onClick=${() => setPages([...pages, next])}>More facts</button>`}`;
}

function FactSummary({ fact }) {
  const time = fact.validTime ?? {};
  return html`
    <a class="headline" href=${factHref(fact.id)}>${typeLabel(fact.type)}: ${party(fact.actor)} → ${party(fact.target)}</a>
    <p class="meta">${time.occurredOn || time.effectiveOn ? validDate(time.occurredOn ?? time.effectiveOn) : 'undated'} · ${fact.status ?? 'supported'} · ${fact.documentCount ?? 0} ${fact.documentCount === 1 ? 'document' : 'documents'}</p>`;
}

export function FactPage({ id, tick }) {
  const state = useLoad((signal) => getJson(`/facts/${encodeURIComponent(id)}`, signal), [id, tick]);
  const fact = state.data;
  if (!fact) return html`<h1 tabindex="-1">Fact</h1><${Status} state=${state} what="fact" />`;
  const time = fact.validTime ?? {};
  const provenance = fact.provenance ?? [];
  const disputes = fact.disputes ?? [];
  return html`
    <h1 tabindex="-1">${typeLabel(fact.type)}: ${party(fact.actor)} → ${party(fact.target)}</h1>
    <dl class="fields">
      <dt>Type</dt><dd>${fact.type}${fact.modality && ` (${fact.modality})`}</dd>
      <dt>Status</dt><dd class=${`status-${fact.status}`}>${fact.status ?? '—'}</dd>
      <dt>Actor</dt><dd>${party(fact.actor)}</dd>
      <dt>Target</dt><dd>${party(fact.target)}</dd>
      <dt>Counts</dt><dd>${counts(fact.counts)}</dd>
      <dt>Places</dt><dd>${places(fact.places)}</dd>
      <dt>Occurred</dt><dd>${validDate(time.occurredOn)}</dd>
      <dt>Effective</dt><dd>${validDate(time.effectiveOn)}</dd>
      <dt>Reported by</dt><dd>${fact.documentCount ?? provenance.length} independent ${fact.documentCount === 1 ? 'document' : 'documents'}</dd>
      <dt>First known</dt><dd>${instant(fact.firstKnownAt)}</dd>
      ${fact.detail && html`<dt>Note</dt><dd>${fact.detail}</dd>`}
    </dl>
    <section aria-labelledby="proof-title">
      <h2 id="proof-title">Proof: ${provenance.length} ${provenance.length === 1 ? 'quote' : 'quotes'}</h2>
      <ol class="quotes">${provenance.map((p, i) => html`
        <li key=${`${p.documentId}-${p.start}-${i}`} class=${p.retracted ? 'retracted' : ''}>
          <p class="meta"><span class=${`role role-${p.role}`}>${p.role}</span> · known ${instant(p.knownAt)}${p.retracted ? ' · retracted' : ''}${p.origin?.method ? ` · ${p.origin.method}` : ''}</p>
          <blockquote>${p.quote}</blockquote>
          <a href=${documentHref(p.documentId, p)}>Open the quote in its document</a>
        </li>`)}
      </ol>
    </section>
    <section aria-labelledby="disputes-title">
      <h2 id="disputes-title">Disputes</h2>
      ${disputes.length === 0 ? html`<p>None: no document reports it differently.</p>` : html`<ul>${disputes.map((d, i) => html`
        <li key=${i}><strong>${d.field}</strong>: recorded ${anyValue(d.recorded)}, reported ${anyValue(d.reported)}${' '}
          (<a href=${documentHref(d.documentId)}>the disputing document</a>, known ${instant(d.knownAt)})</li>`)}</ul>`}
    </section>
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ol>${(fact.history ?? []).map((entry) => html`<li key=${entry.eventId}>${entry.type} — known ${instant(entry.knownAt)}, recorded ${instant(entry.recordedAt)}</li>`)}</ol>
    </section>`;
}
