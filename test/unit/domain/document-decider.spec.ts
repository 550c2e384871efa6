import { documentDecider, documentEventId } from '../../../src/domain/documents/document-decider.js';
import type { DocumentIngested, DocumentIngestedData } from '../../../src/domain/documents/document-events.js';
import { documentIdentity } from '../../../src/domain/documents/document-identity.js';
import { specify } from './decider-specification.js';

const text = 'Russian president Vladimir Putin has ordered 755 US diplomatic and technical staff to leave.';
const document: DocumentIngestedData = {
  ...documentIdentity(text),
  kind: 'article',
  title: null,
  publisher: null,
  url: null,
  publishedAt: null,
  text,
  captions: [],
};
const ingested: DocumentIngested = { type: 'DocumentIngested', schemaVersion: 1, data: document };

describe('document identity', () => {
  it('given a text, when identified, then the id is doc- and the first 16 hex digits of its SHA-256', () => {
    const { documentId, contentHash } = documentIdentity(text);
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(documentId).toBe(`doc-${contentHash.slice(0, 16)}`);
  });
});

describe('document decider', () => {
  const spec = specify(documentDecider);

  it('given a new stream, when the document is ingested, then DocumentIngested', () => {
    spec.given([]).when({ type: 'IngestDocument', document }).then([ingested]);
  });

  it('given the document was ingested, when it is ingested again, then nothing', () => {
    spec.given([ingested]).when({ type: 'IngestDocument', document }).then([]);
  });

  it('given the same event twice, when identified, then the id is the same', () => {
    expect(documentEventId(document.documentId, ingested)).toBe(documentEventId(document.documentId, ingested));
  });
});
