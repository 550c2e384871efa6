import { Module } from '@nestjs/common';
import { DocumentReadController } from '../api/documents/document-read.controller.js';
import { WebController } from './web.controller.js';

/**
 * The page for people (src/web/public) and the one read it needs beyond the JSON API the
 * other modules serve: a document's stored text, to show a quote where it stands.
 */
@Module({ controllers: [WebController, DocumentReadController] })
export class WebModule {}
