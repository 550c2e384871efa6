import { Module } from '@nestjs/common';
import { DocumentsController } from '../api/documents/documents.controller.js';
import { IngestDocumentHandler } from './ingest-document/ingest-document.command.js';
import { IngestWorkers } from './import/ingest-workers.service.js';
import { SeedOnStart } from './seeding/seed-on-start.js';

@Module({
  controllers: [DocumentsController],
  providers: [IngestDocumentHandler, IngestWorkers, SeedOnStart],
})
export class IngestionModule {}
