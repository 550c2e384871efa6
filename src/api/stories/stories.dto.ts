import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { ClocksQuery, KnownAtQuery, PageQuery } from '../../projections/read-query/read-query.dto.js';

export class StoriesQuery extends PageQuery {}

export class StoryQuery extends ClocksQuery {}

export class StoryVersionsQuery extends KnownAtQuery {}

export class StoryDiffQuery extends KnownAtQuery {
  @ApiProperty({ description: 'Version number to diff from', example: 1 })
  @Type(() => Number)
  @IsInt({ message: 'from must be a version number (1, 2, ...)' })
  @Min(1, { message: 'from must be a version number (1, 2, ...)' })
  from!: number;

  @ApiProperty({ description: 'Version number to diff to', example: 2 })
  @Type(() => Number)
  @IsInt({ message: 'to must be a version number (1, 2, ...)' })
  @Min(1, { message: 'to must be a version number (1, 2, ...)' })
  to!: number;
}

export class StoryVersionDto {
  @ApiProperty({ example: 2 }) number!: number;
  @ApiProperty({ enum: ['First version', 'Update', 'Current version'] }) label!: string;
  @ApiPropertyOptional({ nullable: true, description: 'The timestamp the entry gives this version; null where it gives none', example: '2017-08-27T03:48:44.000Z' })
  knownAt!: string | null;
  @ApiProperty() headline!: string;
  @ApiPropertyOptional({ nullable: true }) path!: string | null;
}

export class StorySummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2017-07-30' }) date!: string;
  @ApiProperty({ description: 'Headline of the newest version known at the clocks asked' }) headline!: string;
  @ApiPropertyOptional({ nullable: true }) summary!: string | null;
  @ApiProperty({ type: StoryVersionDto }) version!: StoryVersionDto;
}

export class StoriesPageDto {
  @ApiProperty({ type: [StorySummaryDto] }) items!: StorySummaryDto[];
  @ApiPropertyOptional({ nullable: true, description: 'Cursor of the next page' }) next!: string | null;
}

export class StorySourceDto {
  @ApiProperty({ example: 'Al Jazeera' }) name!: string;
  @ApiProperty() url!: string;
  @ApiProperty() documentId!: string;
}

export class RelatedEntryDto {
  @ApiProperty() storyId!: string;
  @ApiProperty() path!: string;
  @ApiProperty() headline!: string;
  @ApiPropertyOptional({ nullable: true }) date!: string | null;
  @ApiProperty({ type: [String], example: ['American', 'Russia-United States relations'] }) contextTags!: string[];
}

export class StoryDto extends StorySummaryDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ type: [StorySourceDto] }) sources!: StorySourceDto[];
  @ApiProperty({ type: [RelatedEntryDto] }) related!: RelatedEntryDto[];
}

export class StoryVersionsDto {
  @ApiProperty() storyId!: string;
  @ApiProperty({ type: [StoryVersionDto] }) versions!: StoryVersionDto[];
}

export class DiffPartDto {
  @ApiProperty({ enum: ['equal', 'insert', 'delete'] }) op!: string;
  @ApiProperty({ example: 'Russia-United States relations: ' }) text!: string;
}

export class StoryDiffDto {
  @ApiProperty() storyId!: string;
  @ApiProperty({ type: StoryVersionDto }) from!: StoryVersionDto;
  @ApiProperty({ type: StoryVersionDto }) to!: StoryVersionDto;
  @ApiProperty({ type: [DiffPartDto], description: 'Word-level changes from `from` to `to`, in reading order' })
  changes!: DiffPartDto[];
}
