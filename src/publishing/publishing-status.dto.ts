import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LogCursorDto {
  @ApiProperty({ example: '1043', pattern: '^\\d+$', description: 'Global position of the last event Kafka acknowledged, a decimal string' })
  globalPosition!: string;

  @ApiProperty({ example: '1207', pattern: '^\\d+$', description: 'Its transaction id: the log is ordered by (transactionId, globalPosition)' })
  transactionId!: string;
}

export class RelayErrorDto {
  @ApiProperty({ example: 'KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092' })
  message!: string;

  @ApiProperty({ example: '2017-08-27T03:48:44.000Z' })
  at!: string;
}

export class PublishingStatusDto {
  @ApiProperty({ description: 'False when KAFKA_BROKERS is not set: nothing is published' })
  enabled!: boolean;

  @ApiPropertyOptional({ example: 'newsledger.events' })
  topic?: string;

  @ApiPropertyOptional({ enum: ['stopped', 'starting', 'publishing', 'retrying'] })
  state?: string;

  @ApiPropertyOptional({ type: LogCursorDto, nullable: true, description: 'Null before the first acknowledged event' })
  checkpoint?: LogCursorDto | null;

  @ApiPropertyOptional({ example: '1043', pattern: '^\\d+$', description: 'Position of the newest event in the ledger, a decimal string' })
  headPosition?: string;

  @ApiPropertyOptional({
    example: 0,
    description: 'Events the relay has still to publish (head minus the highest published position)',
  })
  lagEvents?: number;

  @ApiPropertyOptional({ example: 1043, description: 'Events acknowledged since this process started (duplicates included)' })
  publishedSinceStart?: number;

  @ApiPropertyOptional({ example: 0, description: 'Consecutive failed attempts; 0 while publishing' })
  failedAttempts?: number;

  @ApiPropertyOptional({ type: RelayErrorDto, nullable: true, description: 'The most recent failure, kept after recovery' })
  lastError?: RelayErrorDto | null;
}
