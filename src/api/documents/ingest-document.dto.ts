import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '../../projections/read-query/read-query.dto.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MAX_SENTENCE_CHARS } from '../../ingestion/extraction/extract-facts.js';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_LIST_ITEMS, MAX_PAGE_TEXT_LENGTH, MAX_TEXT_LENGTH, MAX_TEXT_TIMES_DIV_DEPTH } from '../../ingestion/parsers/text-checks.js';

export class IngestDocumentDto {
  @ApiProperty({
    description:
      'The document as published (UTF-8): a current-events entry (Markdown), a plain-text article (optional leading `url:`, `date:`/`published:`, `title:`, `publisher:` lines), a JSON document `{ "text", "url", "publishedAt", "title", "publisher" }` or a saved HTML page. Quote offsets point into the stored text: this text, or the JSON `text` field, or the readable text extracted from the page (the original kept as its SHA-256 on DocumentIngested.original). ' +
      `Limits: the request body 1 MiB (413); at most ${MAX_TEXT_LENGTH} characters of text are read (an entry, a plain-text article, the JSON \`text\`, a page's readable text; 422 DOCUMENT_TOO_LARGE); ` +
      `a page holds at most ${MAX_PAGE_TEXT_LENGTH} characters of text outside scripts and styles (422 DOCUMENT_TOO_LARGE), nests elements at most ${MAX_HTML_DEPTH} deep and its text in \`<div>\`s at most ${MAX_TEXT_TIMES_DIV_DEPTH} characters × \`<div>\` depth once bare wrapper chains are folded (422 HTML_TOO_DEEP), and has at most ${MAX_HTML_ELEMENTS} elements (422 TOO_MANY_ELEMENTS); at most ${MAX_LIST_ITEMS} list items (422 TOO_MANY_ITEMS). ` +
      `Lines have no length limit, but a sentence over ${MAX_SENTENCE_CHARS} characters is not read for facts.`,
  })
  @IsString()
  @IsNotEmpty()
  text!: string;

  @ApiPropertyOptional({
    enum: ['article', 'current-events-entry'],
    description: 'Detected from the text when omitted (an entry opens with its dated heading, after at most the mirror’s `Formats:` line or `### Formats:` list); one the text contradicts is a 422 KIND_MISMATCH',
  })
  @IsOptional()
  @IsIn(['article', 'current-events-entry'])
  kind?: 'article' | 'current-events-entry';

  @ApiPropertyOptional({
    example: 'https://www.bbc.com/news/world-europe-40770151',
    description: 'Wins over a url the document states; for an entry, its path names the page (`/news/2017/07/1/<slug>.md`)',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ example: 'BBC News' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  publisher?: string;

  @ApiPropertyOptional({
    example: '2017-07-30T12:00:00Z',
    description:
      'Publication time, RFC 3339 with a zone (or a date alone: midnight UTC), years 0001-9999; when omitted, a `date YYYY-MM-DD` header in the text is used, else it stays unknown',
  })
  @IsOptional()
  @IsInstant('publishedAt')
  publishedAt?: string;
}

/** Documents per `POST /documents/batch`; the body as a whole stays under the 1 MiB of every request. */
export const MAX_BATCH_DOCUMENTS = 100;

export class IngestDocumentBatchDto {
  @ApiProperty({
    type: [IngestDocumentDto],
    minItems: 1,
    maxItems: MAX_BATCH_DOCUMENTS,
    description: `1 to ${MAX_BATCH_DOCUMENTS} documents, each as the body of POST /documents; the whole request at most 1 MiB`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_DOCUMENTS)
  @ValidateNested({ each: true })
  @Type(() => IngestDocumentDto)
  documents!: IngestDocumentDto[];
}
