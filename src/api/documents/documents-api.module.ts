import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller.js';

/** POST /documents; the command it sends is handled by the IngestionModule. */
@Module({ controllers: [DocumentsController] })
export class DocumentsApiModule {}
