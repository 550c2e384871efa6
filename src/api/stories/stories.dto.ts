import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { ClocksQuery, KnownAtQuery, PageQuery } from '../../projections/read-query/read-query.dto.js';

export const MAX_STORY_SEARCH_CHARS = 200;

export class StoriesQuery extends PageQuery {
  @ApiPropertyOptional({
    description: `Words to find in any version's headline or any revision's summary (English stemming: "expel" finds "expelled"; "quoted phrase", or, -word as in web search), at most ${MAX_STORY_SEARCH_CHARS} characters`,
    example: 'consulate closed',
  })
  @IsOptional()
  @IsString({ message: 'q must be text' })
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(MAX_STORY_SEARCH_CHARS, { message: `q must be at most ${MAX_STORY_SEARCH_CHARS} characters` })
  q?: string;
}

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
  @ApiProperty({ example: 2, description: 'Position in the story history, ordered by the times Changes lists give (a current version: its document time)' })
  number!: number;
  @ApiProperty({ enum: ['First version', 'Update', 'Current version'], description: 'By position: the first, the last, updates between' })
  label!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The timestamp a Changes list gives this version; null where none does', example: '2017-08-27T03:48:44.000Z' })
  knownAt!: string | null;
  @ApiProperty() headline!: string;
  @ApiProperty({ type: String, nullable: true }) path!: string | null;
}

export class StorySummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2017-07-30' }) date!: string;
  @ApiProperty({ description: 'Headline of the newest version known at the clocks asked' }) headline!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The portal category above the headline, from the newest revision', example: 'Russia-United States relations' })
  category!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'From the newest revision of the page' }) summary!: string | null;
  @ApiProperty({ type: StoryVersionDto }) version!: StoryVersionDto;
}

export class StoryListItemDto extends StorySummaryDto {
  @ApiProperty({ example: 3, description: 'Facts reported, corroborated or disputed by the story’s documents (at the clocks asked)' })
  factCount!: number;
}

export class StoriesPageDto {
  @ApiProperty({ type: [StoryListItemDto] }) items!: StoryListItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last one' }) next!: string | null;
}

export class StorySourceDto {
  @ApiProperty({ example: 'Al Jazeera' }) name!: string;
  @ApiProperty() url!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'The version whose page first cited this source (the revision that listed it); null when that page is not one of the story’s versions' })
  version!: number | null;
}

export class RelatedEntryDto {
  @ApiProperty({ type: String, nullable: true, description: 'The related entry’s story when it is in the ledger (GET /stories/{storyId} answers), else null' })
  storyId!: string | null;
  @ApiProperty() path!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The related page’s slug (its file name): with the date, what identifies it' }) slug!: string | null;
  @ApiProperty() headline!: string;
  @ApiProperty({ type: String, nullable: true }) date!: string | null;
  @ApiProperty({ type: [String], example: ['American', 'Russia-United States relations'] }) contextTags!: string[];
}

export class StoryDto extends StorySummaryDto {
  @ApiProperty({ description: 'The document that first reported the story' }) documentId!: string;
  @ApiProperty({ type: [String], description: 'Every document that is a revision of the story page: one source, not several, when counting corroboration' })
  documents!: string[];
  @ApiProperty({ type: [StorySourceDto] }) sources!: StorySourceDto[];
  @ApiProperty({ type: [RelatedEntryDto] }) related!: RelatedEntryDto[];
}

export class StoryVersionsDto {
  @ApiProperty() storyId!: string;
  @ApiProperty({ type: [StoryVersionDto] }) items!: StoryVersionDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the whole history is one page' }) next!: string | null;
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
