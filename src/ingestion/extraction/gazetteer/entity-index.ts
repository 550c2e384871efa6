import { tokenize } from '../text/tokens.js';
import { COUNTRIES } from './countries.js';
import { GOVERNMENT_BODIES } from './government-bodies.js';
import { ORGANISATIONS } from './organisations.js';
import { OFFICE_HOLDERS, type OfficeHolder } from './office-holders.js';
import { PLACES } from './places.js';

export type EntityKind = 'country' | 'demonym' | 'capital' | 'place' | 'body' | 'person';

export interface EntityEntry {
  readonly kind: EntityKind;
  /** Token texts to match: exact for proper names, lower case for bodies. */
  readonly tokens: readonly string[];
  readonly caseInsensitive: boolean;
  readonly country: string;
  /** Canonical name: the person, body or place as facts carry it. */
  readonly name: string;
  readonly holder: OfficeHolder | null;
  /** A person matched by surname alone. */
  readonly surnameOnly: boolean;
}

function entriesOf(): EntityEntry[] {
  const entries: EntityEntry[] = [];
  const add = (kind: EntityKind, text: string, country: string, name: string, extra: Partial<EntityEntry> = {}): void => {
    const caseInsensitive = extra.caseInsensitive ?? false;
    const tokens = tokenize(text).map((t) => (caseInsensitive ? t.lower : t.text));
    entries.push({ kind, tokens, caseInsensitive, country, name, holder: null, surnameOnly: false, ...extra });
  };
  for (const c of COUNTRIES) {
    for (const n of c.names) add('country', n, c.code, c.names[0]!);
    for (const d of c.demonyms) add('demonym', d, c.code, c.names[0]!);
    for (const cap of c.capitals) add('capital', cap, c.code, c.capitals[0]!);
  }
  for (const o of ORGANISATIONS) for (const n of o.names) add('country', n, o.code, o.names[0]!);
  for (const p of PLACES) for (const n of p.names) add('place', n, p.country, p.names[0]!);
  for (const b of GOVERNMENT_BODIES) for (const n of b.names) add('body', n, b.country, b.names[0]!, { caseInsensitive: true });
  for (const h of OFFICE_HOLDERS) {
    for (const a of h.aliases) add('person', a, h.country, h.name, { holder: h });
    for (const s of h.surnames) add('person', s, h.country, h.name, { holder: h, surnameOnly: true });
  }
  return entries;
}

/** Gazetteer entries keyed by their first token, longest first. */
export interface EntityIndex {
  readonly exact: ReadonlyMap<string, readonly EntityEntry[]>;
  readonly folded: ReadonlyMap<string, readonly EntityEntry[]>;
}

/** Names written with or without their accents ("Perú", "Peru"; "Panamá", "Panama") match alike. */
export const withoutAccents = (s: string): string => (/[\u00c0-\u024f]/.test(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s);

function buildIndex(): EntityIndex {
  const exact = new Map<string, EntityEntry[]>();
  const folded = new Map<string, EntityEntry[]>();
  for (const e of entriesOf()) {
    if (e.tokens.length === 0) continue;
    const map = e.caseInsensitive ? folded : exact;
    const key = withoutAccents(e.tokens[0]!);
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
  for (const map of [exact, folded]) for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { exact, folded };
}

export const ENTITY_INDEX: EntityIndex = buildIndex();
