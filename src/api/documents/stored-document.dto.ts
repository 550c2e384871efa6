import { ApiProperty } from '@nestjs/swagger';

export class StoredDocumentDto {
  @ApiProperty({ example: 'doc-3f6b1c0e9a7d2b45' }) documentId!: string;
  @ApiProperty({ enum: ['article', 'current-events-entry'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Al Jazeera' }) publisher!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Publication time (ISO 8601); null when the document does not say' })
  publishedAt!: string | null;
  @ApiProperty({ description: 'The text exactly as received; quote offsets point into it' }) text!: string;
  @ApiProperty({ type: [String], description: 'Caption lines kept out of the body' }) captions!: string[];
  @ApiProperty({ description: 'When Newsledger appended it' }) recordedAt!: string;
}
