import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ProblemDetailsDto } from '../openapi/problem-responses.js';

const POSITION = { pattern: '^\\d+$', example: '42' } as const;

export class WrittenEventDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'DocumentIngested' }) type!: string;
  @ApiProperty({ ...POSITION, description: 'A decimal string' }) globalPosition!: string;
}

export class IngestResultDto {
  @ApiProperty({ example: 'doc-3f6b1c0e9a7d2b45' }) documentId!: string;
  @ApiProperty({ description: 'False when this exact text was already in the ledger: nothing was written' }) created!: boolean;
  @ApiProperty({ type: [WrittenEventDto], description: 'The events written, in order; empty when already ingested' })
  events!: readonly WrittenEventDto[];
  @ApiProperty({
    ...POSITION,
    description: 'Pass as minPosition (or Min-Position) to read this write: the last event written, or the head of the log when nothing was',
  })
  position!: string;
}

export class BatchResultDto {
  @ApiProperty({ description: 'Index of the document in the request' }) index!: number;
  @ApiProperty({ enum: ['created', 'already-ingested', 'rejected'] }) status!: string;
  @ApiPropertyOptional({ description: 'Unless rejected' }) documentId?: string;
  @ApiPropertyOptional({ type: [WrittenEventDto], description: 'When created' }) events?: readonly WrittenEventDto[];
  @ApiPropertyOptional({ type: ProblemDetailsDto, description: 'When rejected: what POST /documents would answer (422, with parseError)' })
  problem?: ProblemDetailsDto;
}

export class BatchAnswerDto {
  @ApiProperty() created!: number;
  @ApiProperty() alreadyIngested!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: [BatchResultDto], description: 'One per document, in order' }) results!: BatchResultDto[];
}
