import type { Decider } from '../shared/decider.js';
import { eventIdFor } from '../shared/deterministic-uuid.js';
import type { DocumentEvent, DocumentIngested, DocumentIngestedData } from './document-events.js';

export interface IngestDocument {
  readonly type: 'IngestDocument';
  readonly document: DocumentIngestedData;
}

export type DocumentCommand = IngestDocument;

export interface DocumentState {
  readonly ingested: boolean;
}

export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: () => ({ ingested: false }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'DocumentIngested':
        return { ingested: true };
    }
  },
  decide: (command, state) => {
    if (state.ingested) return [];
    const ingested: DocumentIngested = { type: 'DocumentIngested', schemaVersion: 1, data: command.document };
    return [ingested];
  },
};

/** A document stream holds one event, so its type alone tells it apart. */
export const documentEventId = (streamId: string, event: DocumentEvent): string => eventIdFor(streamId, event.type);
