import { ApiProperty } from '@nestjs/swagger';
import { FACT_EVENT_TYPES } from '../../domain/facts/fact-events.js';

export class PartialDateDto {
  @ApiProperty({ example: '2017-09-01', description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as `precision`' }) value!: string;
  @ApiProperty({ enum: ['day', 'month', 'year'] }) precision!: string;
}

class MeasureDto {
  @ApiProperty({ example: 'RUS', description: 'The country that imposed it' }) by!: string;
  @ApiProperty({ enum: ['in-effect', 'pending'], description: 'Pending: ordered for a date after validAt' }) status!: string;
  @ApiProperty({ type: PartialDateDto, nullable: true }) orderedOn!: PartialDateDto | null;
  @ApiProperty({ type: PartialDateDto, nullable: true }) effectiveOn!: PartialDateDto | null;
  @ApiProperty({ type: [String] }) factIds!: string[];
}

class MissionDto {
  @ApiProperty({ example: 'San Francisco' }) place!: string;
  @ApiProperty({ example: 'consulate-general' }) facility!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ type: PartialDateDto, nullable: true, description: 'Closed since; null while open' }) since!: PartialDateDto | null;
  @ApiProperty({ type: MeasureDto, nullable: true, description: 'A closure ordered by validAt that takes effect later' }) closure!: MeasureDto | null;
  @ApiProperty({ type: [String] }) factIds!: string[];
}

class StaffCapDto extends MeasureDto {
  @ApiProperty({ type: Number, nullable: true, example: 455 }) cap!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 755 }) reduction!: number | null;
  @ApiProperty({ type: Number, nullable: true }) from!: number | null;
  @ApiProperty() approximate!: boolean;
}

class ExpulsionDto extends MeasureDto {
  @ApiProperty({ type: Number, nullable: true, example: 35 }) count!: number | null;
  @ApiProperty() approximate!: boolean;
}

class SeizedPropertyDto extends MeasureDto {
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
  @ApiProperty({ type: String, nullable: true }) facility!: string | null;
}

class SanctionDto extends MeasureDto {
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ type: MeasureDto, nullable: true, description: 'Eased or lifted by the imposing country since; null while in force' })
  eased!: MeasureDto | null;
}

class RestrictionDto extends MeasureDto {
  @ApiProperty({ enum: FACT_EVENT_TYPES }) kind!: string;
}

class TiesDto {
  @ApiProperty({ enum: ['normal', 'downgraded', 'suspended'] }) status!: string;
  @ApiProperty({ type: MeasureDto, nullable: true, description: 'The measure that set the status' }) measure!: MeasureDto | null;
  @ApiProperty({ type: MeasureDto, nullable: true, description: 'The restoration that ended the last one' }) restored!: MeasureDto | null;
}

class RelationsSideDto {
  @ApiProperty({ example: 'USA', description: 'The country bearing the measures' }) country!: string;
  @ApiProperty({ example: 'RUS', description: 'The host country, where the missions are' }) in!: string;
  @ApiProperty({ type: [MissionDto] }) missions!: MissionDto[];
  @ApiProperty({ type: [StaffCapDto] }) staffCaps!: StaffCapDto[];
  @ApiProperty({ type: [ExpulsionDto] }) expulsions!: ExpulsionDto[];
  @ApiProperty({ type: [SeizedPropertyDto] }) seizedProperty!: SeizedPropertyDto[];
  @ApiProperty({ type: [SanctionDto] }) sanctions!: SanctionDto[];
  @ApiProperty({ type: [RestrictionDto] }) restrictions!: RestrictionDto[];
}

export class RelationsDto {
  @ApiProperty({ type: [String], example: ['RUS', 'USA'], minItems: 2, maxItems: 2 }) countries!: string[];
  @ApiProperty({ example: '2017-09-05' }) validAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) knownAt!: string | null;
  @ApiProperty({ type: TiesDto }) ties!: TiesDto;
  @ApiProperty({ type: [MeasureDto], description: 'Suspensions of high-level contacts' }) contactsSuspended!: MeasureDto[];
  @ApiProperty({ type: [RelationsSideDto], minItems: 2, maxItems: 2 }) sides!: RelationsSideDto[];
}
