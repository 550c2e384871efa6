import SwaggerParser from '@apidevtools/swagger-parser';
import { readFile } from 'node:fs/promises';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../../../src/api/openapi/openapi-types.js';
import type { TestApp } from '../../support/app.js';
import { ResponseSchemas } from '../../support/openapi.js';
import { createSeededApp } from './seeded-app.js';

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, Record<string, unknown>> } };

/** The OpenAPI description is valid, complete, true to real answers, and the committed client types match it. */
describe('the OpenAPI description', () => {
  let t: TestApp;
  let document: Document;
  let schemas: ResponseSchemas;

  beforeAll(async () => {
    t = await createSeededApp();
    document = (await t.http.get('/docs-json').expect(200)).body;
    schemas = await ResponseSchemas.of(document);
  });
  afterAll(() => t.close());

  it('is a valid OpenAPI document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('declares a body schema for every answer of every operation (redirects and 304 have none), errors as ProblemDetails', () => {
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status.startsWith('3')) continue;
          const content = Object.entries(response.content ?? {});
          if (content.length === 0 || content.some(([, media]) => !media.schema)) missing.push(`${method} ${path} ${status}`);
          if (Number(status) >= 400 && !response.content?.['application/problem+json']) missing.push(`${method} ${path} ${status} not problem+json`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares Last-Event-ID once and optional, and a bearer token that is not a JWT', () => {
    const headers = (document.paths['/events/live']!.get!.parameters ?? []).filter((p) => p.in === 'header' && p.name.toLowerCase() === 'last-event-id');
    expect(headers).toEqual([expect.objectContaining({ name: 'Last-Event-ID', required: false })]);
    expect(document.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    expect(document.components.securitySchemes.bearer!.bearerFormat).toBeUndefined();
  });

  it('matches the committed client types (npm run openapi:types regenerates them)', async () => {
    expect(await openApiTypes(document as never)).toBe(await readFile(OPENAPI_TYPES_FILE, 'utf8'));
  });

  describe('real answers fit their declared schemas', () => {
    const check = async (declared: string, url: string, status = 200): Promise<Record<string, unknown>> => {
      const res = await t.http.get(url);
      expect(res.status).toBe(status);
      const type = String(res.headers['content-type']).split(';')[0]!;
      expect(schemas.errors(declared, 'get', status, type, res.body)).toEqual([]);
      return res.body;
    };

    it('lists, one item each, and every item of a list', async () => {
      const stories = await check('/stories', '/stories');
      const storyId = (stories.items as { id: string }[])[0]!.id;
      await check('/stories/{id}', `/stories/${storyId}`);
      await check('/stories/{id}/versions', `/stories/${storyId}/versions`);
      await check('/stories/{id}/versions/{n}', `/stories/${storyId}/versions/1`);
      await check('/stories/{id}/diff', `/stories/${storyId}/diff?from=1&to=1`);
      const facts = await check('/facts', '/facts?limit=200');
      const fact = (facts.items as { id: string; provenance: { documentId: string }[] }[])[0]!;
      await check('/facts/{id}', `/facts/${fact.id}`);
      await check('/documents/{id}', `/documents/${fact.provenance[0]!.documentId}`);
      await check('/timeline', '/timeline?countries=RUS,USA');
      await check('/relations/{a}/{b}', '/relations/RUS/USA?validAt=2017-09-05');
      const events = await check('/events', '/events?limit=1000');
      await check('/streams/{streamId}/events', `/streams/${(events.items as { streamId: string }[])[0]!.streamId}/events`);
      await check('/projections', '/projections');
      await check('/publishing', '/publishing');
      await check('/health/ready', '/health/ready');
      await check('/health/live', '/health/live');
    });

    it('errors: 400, 404', async () => {
      await check('/events', '/events?limit=0', 400);
      await check('/facts', '/facts?actor=1', 400);
      await check('/stories/{id}', '/stories/story-none', 404);
      await check('/facts/{id}', '/facts/fact-none', 404);
    });

    it('writes: 201, 200, 400, 401, 415, 422', async () => {
      const post = async (status: number, send: (r: ReturnType<TestApp['http']['post']>) => ReturnType<TestApp['http']['post']>) => {
        const res = await send(t.http.post('/documents'));
        expect(res.status).toBe(status);
        expect(schemas.errors('/documents', 'post', status, String(res.headers['content-type']).split(';')[0]!, res.body)).toEqual([]);
      };
      const text = 'date: 2019-03-01\n\nOfficials in Oslo said on Friday that two envoys had left the country.';
      await post(201, (r) => r.set('Authorization', t.auth).send({ text }));
      await post(200, (r) => r.set('Authorization', t.auth).send({ text }));
      await post(400, (r) => r.set('Authorization', t.auth).send({ text, extra: 1 }));
      await post(401, (r) => r.send({ text }));
      await post(415, (r) => r.set('Authorization', t.auth).type('text/plain').send(text));
      await post(422, (r) => r.set('Authorization', t.auth).send({ text: '   ' }));
    });
  });
});
