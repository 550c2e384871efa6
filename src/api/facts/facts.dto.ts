import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { FACT_EVENT_TYPES, type FactEventType } from '../../domain/facts/fact-events.js';
import { IsCalendarDate, PageQuery } from '../../projections/read-query/read-query.dto.js';
import { CountsDto, FactOriginDto, PartyDto, ResolutionDto, ValidTimeDto } from './fact-values.dto.js';

export const COUNTRY_CODE = /^[A-Z]{3}$/;
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value);

export class FactsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['json', 'csv', 'ndjson'],
    description:
      'json (default): one page. csv (one row per fact) and ndjson (one fact per line, whole): every fact from `cursor` on, `limit` ignored. Also chosen by Accept: text/csv, application/x-ndjson',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'ndjson'], { message: 'format must be json, csv or ndjson' })
  format?: string;

  @ApiPropertyOptional({ enum: FACT_EVENT_TYPES, description: 'Fact type' })
  @IsOptional()
  @IsIn(FACT_EVENT_TYPES, { message: `type must be one of ${FACT_EVENT_TYPES.join(', ')}` })
  type?: FactEventType;

  @ApiPropertyOptional({ description: 'Acting country, ISO 3166 alpha-3', example: 'RUS' })
  @IsOptional()
  @Transform(upper)
  @Matches(COUNTRY_CODE, { message: 'actor must be an ISO 3166 alpha-3 country code, e.g. RUS' })
  actor?: string;

  @ApiPropertyOptional({ description: 'Country acted upon, ISO 3166 alpha-3', example: 'USA' })
  @IsOptional()
  @Transform(upper)
  @Matches(COUNTRY_CODE, { message: 'target must be an ISO 3166 alpha-3 country code, e.g. USA' })
  target?: string;

  @ApiPropertyOptional({ description: 'Facts whose valid time reaches this date or later (YYYY-MM-DD)', example: '2017-07-01' })
  @IsOptional()
  @IsCalendarDate('validFrom')
  validFrom?: string;

  @ApiPropertyOptional({ description: 'Facts whose valid time starts on or before this date (YYYY-MM-DD)', example: '2017-09-30' })
  @IsOptional()
  @IsCalendarDate('validTo')
  validTo?: string;
}

class PlaceDto {
  @ApiProperty({ example: 'San Francisco' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'USA', description: 'ISO alpha-3 of the country the place is in, when known' }) country!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'consulate-general' }) facility!: string | null;
}

class ProvenanceDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ description: 'The verbatim quote' }) quote!: string;
  @ApiProperty({ description: 'UTF-16 offset of the quote in the document text' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ enum: ['reported', 'corroborated', 'disputed'] }) role!: string;
  @ApiProperty() knownAt!: string;
  @ApiProperty({ type: FactOriginDto }) origin!: FactOriginDto;
  @ApiProperty({ description: "True once a newer extractor retracted this document's support" }) retracted!: boolean;
  @ApiProperty({ type: ResolutionDto, nullable: true, description: 'Why the report was resolved to this fact, with its score; null for reports recorded before resolution' })
  resolution!: ResolutionDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The fact a correction moved this report to (FactReportMoved); it no longer counts here' })
  movedTo!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The fact this report was made on before that fact was merged into this one (FactsMerged: one event); null for its own reports',
  })
  mergedFrom!: string | null;
  @ApiProperty({ description: 'Origin of the words: story:<id> for current-events revisions, text:<digest of the normalized paragraph> for articles' })
  sourceKey!: string;
}

class IndependentSourceDto {
  @ApiProperty({ example: 'text:3f2a…' }) sourceKey!: string;
  @ApiProperty({ type: [String] }) documentIds!: string[];
}

/** A field's value, whichever field it is. */
const ANY_VALUE: ApiPropertyOptions = {
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
  nullable: true,
};

class DisputeDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ example: 'validTime.occurredOn' }) field!: string;
  @ApiProperty({ ...ANY_VALUE, description: 'The value the fact holds for `field` (of that field’s type: a date, a count, a party…)' })
  recorded!: unknown;
  @ApiProperty({ ...ANY_VALUE, description: 'The value the report gives for `field`' })
  reported!: unknown;
  @ApiProperty() knownAt!: string;
}

class HistoryEntryDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'FactCorroborated' }) type!: string;
  @ApiProperty({ example: '42', pattern: '^\\d+$', description: 'A decimal string' }) globalPosition!: string;
  @ApiProperty() knownAt!: string;
  @ApiProperty() recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) documentId!: string | null;
}

export class FactDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: FACT_EVENT_TYPES }) type!: string;
  @ApiProperty({ enum: ['supported', 'withdrawn'], description: 'Withdrawn once every reporting document was retracted' })
  status!: string;
  @ApiProperty({ type: PartyDto }) actor!: PartyDto;
  @ApiProperty({ type: PartyDto }) target!: PartyDto;
  @ApiProperty({ type: CountsDto, nullable: true }) counts!: CountsDto | null;
  @ApiProperty({ type: [PlaceDto] }) places!: PlaceDto[];
  @ApiProperty({ type: ValidTimeDto, description: 'The stated dates and the earliest publication that reported it' })
  validTime!: ValidTimeDto;
  @ApiProperty({ example: 'ordered' }) modality!: string;
  @ApiProperty({ type: String, nullable: true, example: '161' }) cameo!: string | null;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ description: 'Documents that report it (retracted ones excluded)' }) documentCount!: number;
  @ApiProperty({
    description: 'Independent origins that back it: revisions of one page and one wire text republished by several outlets count once',
  })
  independentSourceCount!: number;
  @ApiProperty({ type: [IndependentSourceDto] }) independentSources!: IndependentSourceDto[];
  @ApiProperty() firstKnownAt!: string;
  @ApiProperty({ type: [ProvenanceDto] }) provenance!: ProvenanceDto[];
  @ApiProperty({ type: [DisputeDto] }) disputes!: DisputeDto[];
  @ApiProperty({ type: [HistoryEntryDto] }) history!: HistoryEntryDto[];
}

export class FactsPageDto {
  @ApiProperty({ type: [FactDto] }) items!: FactDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last one' }) next!: string | null;
}
