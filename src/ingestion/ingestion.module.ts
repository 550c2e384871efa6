import { Module } from '@nestjs/common';
import { IngestDocumentHandler } from './ingest-document/ingest-document.command.js';
import { IngestWorkers } from './import/ingest-workers.service.js';
import { SeedOnStart } from './seeding/seed-on-start.js';

@Module({
  providers: [IngestDocumentHandler, IngestWorkers, SeedOnStart],
  exports: [IngestWorkers],
})
export class IngestionModule {}
