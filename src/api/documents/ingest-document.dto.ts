import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class IngestDocumentDto {
  @ApiProperty({ description: 'The document text exactly as published (UTF-8). Quote offsets point into it.' })
  @IsString()
  @IsNotEmpty()
  text!: string;

  @ApiPropertyOptional({ enum: ['article', 'current-events-entry'], description: 'Detected from the text when omitted' })
  @IsOptional()
  @IsIn(['article', 'current-events-entry'])
  kind?: 'article' | 'current-events-entry';

  @ApiPropertyOptional({ example: 'https://www.bbc.com/news/world-europe-40770151' })
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
    description: 'Publication time; when omitted, a `date YYYY-MM-DD` header in the text is used, else it stays unknown',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
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
