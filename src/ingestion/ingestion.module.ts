import { Module } from '@nestjs/common';
import { IngestDocumentHandler } from './ingest-document/ingest-document.command.js';
import { SeedOnStart } from './seeding/seed-on-start.js';

@Module({
  providers: [IngestDocumentHandler, SeedOnStart],
})
export class IngestionModule {}
