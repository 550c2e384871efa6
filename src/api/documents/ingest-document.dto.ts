import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '../../projections/read-query/read-query.dto.js';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

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
    description:
      'Publication time, RFC 3339 with a zone (or a date alone: midnight UTC), years 0001-9999; when omitted, a `date YYYY-MM-DD` header in the text is used, else it stays unknown',
  })
  @IsOptional()
  @IsInstant('publishedAt')
  publishedAt?: string;
}
