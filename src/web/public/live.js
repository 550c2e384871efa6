// The SSE feed (GET /events/live): the connection's state, the latest events, and a tick that
// views reload on. The browser's EventSource reconnects by itself after a dropped stream
// (sending Last-Event-ID); when the server refused the stream outright it stops, so the page
// opens a new one after a pause, resuming after the last event seen.
import { useEffect, useState } from 'preact/hooks';

const RECENT = 20;
const RETRY_MS = 3000;
// Read models follow the ledger a moment later: reload once soon, once again a bit later.
const RELOAD_AFTER_MS = [300, 1500];

const listeners = new Set();
const state = { status: 'connecting', reconnects: 0, recent: [], tick: 0, lastId: null };

function update(change) {
  Object.assign(state, change);
  for (const listener of listeners) listener({ ...state });
}

// A burst of events (a seeding, a re-extraction) is shown and reloaded for once, not per event.
let arrived = [];
let flushing = null;
let reloading = false;

function onEnvelope(envelope) {
  if (!envelope || typeof envelope !== 'object') return;
  arrived.push(envelope);
  flushing ??= setTimeout(flush, 100);
}

function flush() {
  const items = arrived.map(describe).filter(Boolean).reverse();
  arrived = [];
  flushing = null;
  if (items.length) update({ recent: [...items, ...state.recent].slice(0, RECENT) });
  if (reloading) return;
  reloading = true;
  RELOAD_AFTER_MS.forEach((delay, i) =>
    setTimeout(() => {
      if (i === RELOAD_AFTER_MS.length - 1) reloading = false;
      update({ tick: state.tick + 1 });
    }, delay),
  );
}

/** What a person would want to hear about: new documents, facts, stories. */
function describe(envelope) {
  const data = envelope.data ?? {};
  const key = envelope.eventId ?? envelope.globalPosition;
  if (envelope.type === 'DocumentIngested') {
    const firstLine = String(data.text ?? '').split('\n').find((line) => line.trim() && !/^date\s/i.test(line)) ?? '';
    return { key, kind: 'document', id: data.documentId ?? envelope.streamId, text: data.title || firstLine.slice(0, 120) || envelope.streamId };
  }
  if (envelope.type === 'StoryReported' || envelope.type === 'StoryRevised') {
    return { key, kind: 'story', id: envelope.streamId, text: data.headline ?? envelope.streamId };
  }
  if (String(envelope.streamId ?? '').startsWith('fact-')) {
    const who = [data.actor?.country, data.target?.country].filter(Boolean).join(' → ');
    return { key, kind: 'fact', id: envelope.streamId, text: `${envelope.type}${who ? ` (${who})` : ''}` };
  }
  return null;
}

let source = null;
export function connectLive() {
  if (source) return;
  const open = () => {
    const after = state.lastId === null ? '' : `?after=${encodeURIComponent(state.lastId)}`;
    source = new EventSource(`/events/live${after}`);
    source.onopen = () => update({ status: 'live' });
    source.onmessage = (message) => {
      if (message.lastEventId) state.lastId = message.lastEventId;
      try {
        onEnvelope(JSON.parse(message.data));
      } catch {
        // a frame that is not JSON carries nothing for the page
      }
    };
    source.onerror = () => {
      update({ status: 'lost', reconnects: state.reconnects + 1 });
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(open, RETRY_MS);
      }
    };
  };
  open();
}

export function useLive() {
  const [snapshot, setSnapshot] = useState({ ...state });
  useEffect(() => {
    listeners.add(setSnapshot);
    return () => listeners.delete(setSnapshot);
  }, []);
  return snapshot;
}
