import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DocumentSubmission } from '../../ingestion/ingest-document/ingest-document.js';
import { IngestDocumentDto } from './ingest-document.dto.js';

/**
 * A `POST /documents` body checked by the same rules as the endpoint's, for bodies that do not
 * come over HTTP (NDJSON lines of `npm run import -- -`). Returns the reasons when it is invalid.
 */
export function checkSubmission(value: unknown): DocumentSubmission | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Not a JSON object';
  const dto = plainToInstance(IngestDocumentDto, value);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return dto;
  return errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ');
}
