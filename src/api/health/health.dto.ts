import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class IndicatorDto {
  @ApiProperty({ enum: ['up', 'down', 'degraded'] }) status!: string;
  @ApiPropertyOptional({ description: 'How long the check took, ms' }) responseTime?: number;
}

class ProjectionsIndicatorDto extends IndicatorDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', properties: { caughtUp: { type: 'boolean' }, lag: { type: 'integer' } } },
    description: 'Per projection: caught up with the log, and positions still to apply',
  })
  projections?: Record<string, { caughtUp: boolean; lag: number }>;
}

class ReadinessChecksDto {
  @ApiProperty({ type: IndicatorDto }) database!: IndicatorDto;
  @ApiPropertyOptional({ type: ProjectionsIndicatorDto, description: 'Where this process runs the projections' }) projections?: ProjectionsIndicatorDto;
  @ApiPropertyOptional({ type: IndicatorDto, description: 'When KAFKA_BROKERS is set' }) kafka?: IndicatorDto;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} }) info!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} }) error!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} }) details!: Record<string, unknown>;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok'] }) status!: string;
  @ApiProperty({ type: ReadinessChecksDto, description: 'Every check, as @nestjs/terminus reports it' }) details!: ReadinessChecksDto;
}
