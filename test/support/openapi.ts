import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

/**
 * OpenAPI 3.0 marks null with `nullable: true`; JSON Schema, which ajv checks, with a `null`
 * type. Rewritten on a dereferenced copy of the document.
 */
function toJsonSchema(schema: unknown, seen = new Map<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  if (seen.has(schema)) return seen.get(schema);
  const out: Schema = {};
  seen.set(schema, out);
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example') continue;
    out[key] = toJsonSchema(value, seen);
  }
  if ((schema as Schema).nullable === true) {
    // A nullable reference: null, or what the reference says.
    if (out.allOf !== undefined || out.oneOf !== undefined || out.anyOf !== undefined) return { anyOf: [{ type: 'null' }, out] };
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** Checks real answers against the schemas the OpenAPI description declares for them. */
export class ResponseSchemas {
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true });

  private constructor(private readonly document: { paths: Record<string, Record<string, { responses: Record<string, Schema> }>> }) {
    (addFormats as unknown as (ajv: Ajv) => void)(this.ajv);
  }

  static async of(document: object): Promise<ResponseSchemas> {
    const dereferenced = await SwaggerParser.dereference(structuredClone(document) as never);
    return new ResponseSchemas(dereferenced as never);
  }

  /** The errors of `body` against the schema of `path` (as declared, e.g. /stories/{id}), `method`, `status`; [] when it fits. */
  errors(path: string, method: string, status: number, contentType: string, body: unknown): string[] {
    const key = `${method} ${path} ${status} ${contentType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const response = this.document.paths[path]?.[method]?.responses[String(status)] as { content?: Record<string, { schema?: unknown }> } | undefined;
      if (!response) return [`${key}: not declared`];
      const schema = response.content?.[contentType]?.schema;
      if (!schema) return [`${key}: no schema declared for ${contentType}`];
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}
