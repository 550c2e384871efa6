import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, PageQuery } from '../../projections/read-query/read-query.dto.js';
import { PartyDto, ValidTimeDto } from '../facts/fact-values.dto.js';

export class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['json', 'csv', 'timelinejs'],
    description:
      'json (default): one page. csv (one row per fact) and timelinejs (TimelineJS JSON, one slide per fact): every fact from `cursor` on, `limit` ignored. Also chosen by Accept: text/csv, application/vnd.timelinejs+json',
  })
  @IsOptional()
  @IsIn(['json', 'csv', 'timelinejs'], { message: 'format must be json, csv or timelinejs' })
  format?: string;

  @ApiPropertyOptional({
    description: 'ISO 3166 alpha-3 codes, comma-separated. Two or more: facts between them; one: facts involving it.',
    example: 'RUS,USA',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{3}(,[A-Z]{3})*$/, { message: 'countries must be ISO 3166 alpha-3 codes separated by commas, e.g. RUS,USA' })
  countries?: string;

  @ApiPropertyOptional({ description: 'Facts whose valid time reaches this date or later', example: '2016-12-01' })
  @IsOptional()
  @IsCalendarDate('validFrom')
  validFrom?: string;

  @ApiPropertyOptional({ description: 'Facts whose valid time starts on or before this date', example: '2017-12-31' })
  @IsOptional()
  @IsCalendarDate('validTo')
  validTo?: string;
}

class TimelineEntryDto {
  @ApiProperty() factId!: string;
  @ApiProperty({ example: 'StaffReductionOrdered' }) type!: string;
  @ApiProperty({ type: String, nullable: true, description: 'First day the fact may have happened on', example: '2017-07-30' })
  date!: string | null;
  @ApiProperty({ type: ValidTimeDto }) validTime!: ValidTimeDto;
  @ApiProperty({ type: PartyDto }) actor!: PartyDto;
  @ApiProperty({ type: PartyDto }) target!: PartyDto;
  @ApiProperty() modality!: string;
  @ApiProperty({
    description: 'Generated from the typed fields',
    example:
      'Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755 to 455 on 30 July 2017, effective 1 September 2017.',
  })
  summary!: string;
  @ApiProperty() documentCount!: number;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineEntryDto] }) items!: TimelineEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last one' }) next!: string | null;
}

class TimelineJsDateDto {
  @ApiProperty({ example: 2017 }) year!: number;
  @ApiPropertyOptional({ example: 7, description: 'Absent when the fact is known to the year only' }) month?: number;
  @ApiPropertyOptional({ example: 30, description: 'Absent when the fact is known to the month only' }) day?: number;
}

class TimelineJsTextDto {
  @ApiProperty() headline!: string;
  @ApiPropertyOptional() text?: string;
}

class TimelineJsEventDto {
  @ApiProperty({ description: 'The fact id' }) unique_id!: string;
  @ApiProperty({ type: TimelineJsDateDto }) start_date!: TimelineJsDateDto;
  @ApiPropertyOptional({ type: TimelineJsDateDto, description: 'When it takes effect, if later' }) end_date?: TimelineJsDateDto;
  @ApiProperty({ description: 'The fact type' }) group!: string;
  @ApiProperty({ type: TimelineJsTextDto, description: 'headline: the summary; text: modality and number of documents' }) text!: TimelineJsTextDto;
}

class TimelineJsTitleDto {
  @ApiProperty({ type: TimelineJsTextDto }) text!: TimelineJsTextDto;
}

/** TimelineJS's JSON format (timeline.knightlab.com), for `format=timelinejs`. */
export class TimelineJsDto {
  @ApiProperty({ type: TimelineJsTitleDto }) title!: TimelineJsTitleDto;
  @ApiProperty({ type: [TimelineJsEventDto] }) events!: TimelineJsEventDto[];
}
