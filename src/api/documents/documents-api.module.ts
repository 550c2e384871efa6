import { Module } from '@nestjs/common';
import { IngestionModule } from '../../ingestion/ingestion.module.js';
import { DocumentsController } from './documents.controller.js';

/** POST /documents and /documents/batch; the command and the worker threads are the IngestionModule's. */
@Module({ imports: [IngestionModule], controllers: [DocumentsController] })
export class DocumentsApiModule {}
