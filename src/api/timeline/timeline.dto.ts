import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, PageQuery } from '../../projections/read-query/read-query.dto.js';

export class TimelineQuery extends PageQuery {
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
  @ApiProperty({ description: '{occurredOn, effectiveOn}, each {value, precision} or null' }) validTime!: object;
  @ApiProperty() actor!: object;
  @ApiProperty() target!: object;
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
