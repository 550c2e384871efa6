import { ApiProperty } from '@nestjs/swagger';

/** The typed parts of a fact's values (domain/facts/fact-events.ts), as the API answers them. */

export class PartyDto {
  @ApiProperty({ type: String, nullable: true, example: 'RUS', description: 'ISO alpha-3; null for a bloc or international organisation' })
  country!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The bloc or organisation (e.g. European Union) when the party is one; null for a state' })
  organisation!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Vladimir Putin' }) name!: string | null;
}

export class CountsDto {
  @ApiProperty({ type: Number, nullable: true, example: 1210, description: 'The figure before (e.g. staff before a cut)' }) from!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 455, description: 'The figure after' }) to!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 755, description: 'How many were acted on (expelled, cut)' }) change!: number | null;
  @ApiProperty({ description: 'True for "about 50", "more than a thousand": a bound or an estimate' }) approximate!: boolean;
}

export class PartialDateDto {
  @ApiProperty({ example: '2017-07-30', description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as `precision`' }) value!: string;
  @ApiProperty({ enum: ['day', 'month', 'year'] }) precision!: string;
}

export class ValidTimeDto {
  @ApiProperty({ type: PartialDateDto, nullable: true, description: 'When it happened, as stated' }) occurredOn!: PartialDateDto | null;
  @ApiProperty({ type: PartialDateDto, nullable: true, description: 'When it takes effect (a deadline), as stated' }) effectiveOn!: PartialDateDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    example: '2017-07-31',
    description: 'The earliest publication (YYYY-MM-DD) that reported it: it happened on or before that day',
  })
  occurredBy?: string | null;
}

export class FactOriginDto {
  @ApiProperty({ enum: ['curated', 'extracted'] }) method!: string;
  @ApiProperty({ type: String, nullable: true, example: '2.3.0' }) extractorVersion!: string | null;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Curated facts are 1' }) confidence!: number;
}

export class CandidateScoreDto {
  @ApiProperty() factId!: string;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Why the fact could not be this report’s' }) excludedBecause!: string | null;
}

export class ResolutionDto {
  @ApiProperty({ enum: ['new-fact', 'corroborates', 'disputes'] }) decision!: string;
  @ApiProperty({ enum: ['scored', 'curated', 'already-reported'] }) method!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The fact it joined; null for a new fact' }) matchedFactId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: [String], description: 'Fields on which the report disagrees with the fact it joined' }) disputedFields!: string[];
  @ApiProperty({ type: [CandidateScoreDto] }) candidates!: CandidateScoreDto[];
}
