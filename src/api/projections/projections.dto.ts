import { ApiProperty } from '@nestjs/swagger';

const POSITION = { pattern: '^\\d+$', example: '42' } as const;

export class RebuildJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [String], example: ['facts'] }) projections!: readonly string[];
  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'cancelled', 'abandoned'] }) status!: string;
  @ApiProperty({ enum: ['replaying', 'indexing', 'swapping', 'done'] }) phase!: string;
  @ApiProperty() eventsDone!: number;
  @ApiProperty() eventsTotal!: number;
  @ApiProperty() eventsPerSecond!: number;
  @ApiProperty({ type: Number, nullable: true }) etaSeconds!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

class CheckpointDto {
  @ApiProperty({ ...POSITION, description: 'The last global position applied, a decimal string' }) globalPosition!: string;
  @ApiProperty({ ...POSITION, description: 'Its transaction id, a decimal string' }) transactionId!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class ProjectionStatusDto {
  @ApiProperty({ example: 'facts' }) name!: string;
  @ApiProperty({ type: CheckpointDto }) checkpoint!: CheckpointDto;
  @ApiProperty({ description: 'True when no readable event lies after the checkpoint' }) caughtUp!: boolean;
  @ApiProperty({ description: 'Positions between the checkpoint and the head: an estimate of the events still to apply; 0 exactly when caught up' })
  lag!: number;
  @ApiProperty({ type: RebuildJobDto, nullable: true, description: 'The newest rebuild job touching this projection' })
  rebuild!: RebuildJobDto | null;
}

export class ProjectionsOverviewDto {
  @ApiProperty({ ...POSITION, description: 'Position of the newest event in the ledger, a decimal string' }) headPosition!: string;
  @ApiProperty({ type: [ProjectionStatusDto] }) projections!: readonly ProjectionStatusDto[];
  @ApiProperty({ type: [RebuildJobDto] }) jobs!: readonly RebuildJobDto[];
}
