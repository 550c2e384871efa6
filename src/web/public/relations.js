import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { getAllPages, getJson, query, useLoad } from './api.js';
import { addDays, daysBetween, today, validDate } from './format.js';
import { factHref, html, Status } from './view-parts.js';

const COUNTRY = /^[A-Z]{3}$/;
const SETTLE_MS = 150;
// A first screen needs one page of the timeline; more are loaded when asked for.
const TIMELINE_PAGE = 200;

/** Two countries, the facts between them in time, and the state on a valid date as known on a day. */
export function RelationsPage({ params, tick }) {
  const [pair, setPair] = useState({ a: (params.get('a') ?? 'RUS').toUpperCase(), b: (params.get('b') ?? 'USA').toUpperCase() });
  const [draft, setDraft] = useState(pair);
  const [timelinePages, setTimelinePages] = useState(1);
  const valid = COUNTRY.test(pair.a) && COUNTRY.test(pair.b) && pair.a !== pair.b;
  const timeline = useLoad(
    (signal) => (valid ? getAllPages('/timeline', { countries: `${pair.a},${pair.b}`, limit: TIMELINE_PAGE }, signal, timelinePages) : Promise.resolve({ items: [], complete: true })),
    [pair.a, pair.b, timelinePages, tick],
  );
  const submit = (e) => {
    e.preventDefault();
    setTimelinePages(1);
    setPair({ a: draft.a.trim().toUpperCase(), b: draft.b.trim().toUpperCase() });
  };
  return html`
    <h1 tabindex="-1">Relations ${valid ? `${pair.a}–${pair.b}` : ''}</h1>
    <form class="filters" onSubmit=${submit}>
      <label>First country <input name="a" maxlength="3" required pattern="[A-Za-z]{3}" value=${draft.a} onInput=${(e) => setDraft({ ...draft, a: e.currentTarget.value })} /></label>
      <label>Second country <input name="b" maxlength="3" required pattern="[A-Za-z]{3}" value=${draft.b} onInput=${(e) => setDraft({ ...draft, b: e.currentTarget.value })} /></label>
      <button type="submit">Show</button>
    </form>
    ${!valid && html`<p class="error" role="alert">Pick two different countries by their ISO alpha-3 codes, e.g. RUS and USA.</p>`}
    <${Status} state=${timeline} what="timeline" />
    ${valid && timeline.data && html`<${Clocks} key=${`${pair.a}-${pair.b}`} pair=${pair} entries=${timeline.data.items} complete=${timeline.data.complete} params=${params} tick=${tick} />
      ${!timeline.data.complete && html`<button type="button" disabled=${timeline.loading} onClick=${() => setTimelinePages(timelinePages + 1)}>Load more of the timeline</button>`}`}`;
}

function Clocks({ pair, entries, complete, params, tick }) {
  const dates = entries.map((e) => e.date).filter(Boolean).sort();
  const start = dates.length ? addDays(dates[0], -30) : addDays(today(), -365);
  const last = dates.length ? addDays(dates[dates.length - 1], 365) : today();
  // With only the first part of the timeline loaded, the slider still reaches today.
  const end = complete || last > today() ? last : today();
  const span = Math.max(1, daysBetween(start, end));
  const knownSpan = Math.max(1, daysBetween(start, today()));
  const clamp = (date, fallback) => (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') && date >= start && date <= end ? date : fallback);
  const [validAt, setValidAt] = useState(clamp(params.get('validAt'), today() < end ? today() : end));
  // null: everything known now.
  const [knownOn, setKnownOn] = useState(/^\d{4}-\d{2}-\d{2}$/.test(params.get('knownOn') ?? '') ? params.get('knownOn') : null);
  const [settled, setSettled] = useState({ validAt, knownOn });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ validAt, knownOn }), SETTLE_MS);
    // The clocks stay in the address, so a state can be linked to; no navigation happens.
    history.replaceState(null, '', `#/relations${query({ a: pair.a, b: pair.b, validAt, knownOn })}`);
    return () => clearTimeout(timer);
  }, [validAt, knownOn]);
  const knownAt = settled.knownOn ? `${settled.knownOn}T23:59:59.999Z` : undefined;
  const state = useLoad(
    (signal) => getJson(`/relations/${pair.a}/${pair.b}${query({ validAt: settled.validAt, knownAt })}`, signal),
    [settled.validAt, knownAt, tick],
  );
  if (entries.length === 0) {
    return html`<div class="empty" role="status"><h2>Nothing between ${pair.a} and ${pair.b} yet</h2><p>No fact in the ledger involves both countries.</p></div>`;
  }
  return html`
    <div class="clocks">
      <div class="clock">
        <label for="valid-slider">Valid date: <output for="valid-slider" id="valid-value">${validAt}</output></label>
        <input id="valid-slider" type="range" min="0" max=${span} step="1" value=${daysBetween(start, validAt)}
          aria-valuetext=${validAt} onInput=${(e) => setValidAt(addDays(start, Number(e.currentTarget.value)))} />
        <label class="exact">or type it <input type="date" min=${start} max=${end} value=${validAt}
          onChange=${(e) => e.currentTarget.value && setValidAt(clamp(e.currentTarget.value, validAt))} /></label>
      </div>
      <div class="clock">
        <label for="known-slider">As known on: <output for="known-slider" id="known-value">${knownOn ?? 'today (everything reported)'}</output></label>
        <input id="known-slider" type="range" min="0" max=${knownSpan} step="1" value=${knownOn ? daysBetween(start, knownOn) : knownSpan}
          aria-valuetext=${knownOn ?? 'today, everything reported'}
          onInput=${(e) => {
            const n = Number(e.currentTarget.value);
            setKnownOn(n >= knownSpan ? null : addDays(start, n));
          }} />
      </div>
    </div>
    <section aria-labelledby="state-title" aria-busy=${state.loading ? 'true' : 'false'}>
      <h2 id="state-title">State on ${settled.validAt}${settled.knownOn ? `, as known on ${settled.knownOn}` : ''}</h2>
      <${Status} state=${state} what="state of relations" />
      ${state.data && html`<div class="sides" id="relations-state" data-valid-at=${state.data.validAt ?? settled.validAt}>
        ${(state.data.sides ?? []).map((side) => html`<${Side} key=${side.country} side=${side} />`)}</div>`}
    </section>
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <${Chart} entries=${entries} pair=${pair} validAt=${validAt} range=${[start, end]} />
      <ol class="timeline">${entries.map((entry) => html`
        <li key=${entry.factId} class=${entry.date && entry.date > validAt ? 'later' : ''}>
          <span class="when">${entry.validTime?.occurredOn || entry.validTime?.effectiveOn ? validDate(entry.validTime.occurredOn ?? entry.validTime.effectiveOn) : entry.date ?? "undated"}</span>
          <a href=${factHref(entry.factId)}>${entry.summary ?? entry.type}</a>
          <span class="meta"> · ${entry.documentCount ?? 0} doc.</span>
        </li>`)}
      </ol>
    </section>`;
}

const FACILITY = (x) => [x.place, x.facility?.replace(/-/g, ' ')].filter(Boolean).join(' ');
const WHEN = (x) => [x.orderedOn && `ordered ${validDate(x.orderedOn)}`, x.effectiveOn && `effective ${validDate(x.effectiveOn)}`].filter(Boolean).join(', ');
const FACTS = (ids) => (ids ?? []).map((id, i) => html`${i ? ', ' : ''}<a href=${factHref(id)}>fact ${i + 1}</a>`);

/** One side: the measures the country bears in the other one. */
function Side({ side }) {
  const missions = side.missions ?? [];
  const caps = side.staffCaps ?? [];
  const expulsions = side.expulsions ?? [];
  const seized = side.seizedProperty ?? [];
  const sanctions = side.sanctions ?? [];
  const list = (items, render) => (items.length === 0 ? html`<p class="none">None</p>` : html`<ul>${items.map((x, i) => html`<li key=${i}>${render(x)} <span class="facts">(${FACTS(x.factIds)})</span></li>`)}</ul>`);
  return html`
    <article class="side" aria-labelledby=${`side-${side.country}`} data-country=${side.country}>
      <h3 id=${`side-${side.country}`}>${side.country} in ${side.in}</h3>
      <h4>Missions</h4>
      ${list(missions, (m) => html`<span data-kind="mission"><strong>${FACILITY(m)}</strong>: <span class=${`status-${m.status}`}>${m.status}</span>${m.since ? ` since ${validDate(m.since)}` : ''}${m.closure ? ` — closure by ${m.closure.by} ${m.closure.status} (${WHEN(m.closure)})` : ''}</span>`)}
      <h4>Staff caps</h4>
      ${list(caps, (c) => html`<span data-kind="staff-cap">cap of <strong>${c.cap ?? '?'}</strong>${c.approximate ? ' (approx.)' : ''}${c.reduction != null ? `, cut by ${c.reduction}` : ''}${c.from != null ? ` from ${c.from}` : ''}, by ${c.by}: <span class=${`status-${c.status}`}>${c.status}</span> (${WHEN(c)})</span>`)}
      <h4>Expelled</h4>
      ${list(expulsions, (x) => html`<span data-kind="expulsion"><strong>${x.count ?? '?'}</strong>${x.approximate ? ' (approx.)' : ''} diplomats by ${x.by}: <span class=${`status-${x.status}`}>${x.status}</span> (${WHEN(x)})</span>`)}
      <h4>Property seized</h4>
      ${list(seized, (x) => html`<span data-kind="seized">${FACILITY(x)} by ${x.by}: <span class=${`status-${x.status}`}>${x.status}</span> (${WHEN(x)})</span>`)}
      <h4>Sanctions</h4>
      ${list(sanctions, (x) => html`<span data-kind="sanction">by ${x.by}: <span class=${`status-${x.status}`}>${x.status}</span> (${WHEN(x)})${x.detail ? ` — ${x.detail}` : ''}</span>`)}
    </article>`;
}

const seconds = (date) => Date.parse(`${date}T00:00:00Z`) / 1000;

/** The facts as points in time, one lane per acting country; the valid date as a line. */
function Chart({ entries, pair, validAt, range }) {
  const box = useRef(null);
  const plot = useRef(null);
  const marker = useRef(validAt);
  marker.current = validAt;
  useEffect(() => {
    const dated = entries.filter((e) => e.date).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    const lane = (country, y) => dated.map((e) => (e.actor?.country === country ? y : null));
    const data = [dated.map((e) => seconds(e.date)), lane(pair.a, 1), lane(pair.b, 2)];
    const points = (stroke) => ({ stroke, width: 0, paths: () => null, points: { show: true, size: 10, fill: stroke } });
    const drawMarker = (u) => {
      const x = Math.round(u.valToPos(seconds(marker.current), 'x', true));
      const { ctx, bbox } = u;
      ctx.save();
      ctx.strokeStyle = '#b00020';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      ctx.restore();
    };
    const options = {
      width: box.current.clientWidth,
      height: 160,
      legend: { show: true },
      scales: { x: { time: true, range: () => [seconds(range[0]), seconds(range[1])] }, y: { range: [0.5, 2.5] } },
      axes: [{}, { values: (_u, ticks) => ticks.map((t) => (t === 1 ? pair.a : t === 2 ? pair.b : '')), size: 50 }],
      series: [{}, { label: `${pair.a} acts`, ...points('#1f5fa8') }, { label: `${pair.b} acts`, ...points('#c05600') }],
      hooks: { draw: [drawMarker] },
    };
    plot.current = new uPlot(options, data, box.current);
    const resize = () => plot.current.setSize({ width: box.current.clientWidth, height: 160 });
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      plot.current.destroy();
    };
  }, [entries, pair.a, pair.b, range[0], range[1]]);
  useEffect(() => plot.current?.redraw(false), [validAt]);
  return html`<div class="chart" ref=${box} role="img" aria-label=${`Facts between ${pair.a} and ${pair.b} over time; the red line is the valid date. The same facts are listed below.`}></div>`;
}
