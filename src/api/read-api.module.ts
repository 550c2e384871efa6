import { Module } from '@nestjs/common';
import { FactsController } from './facts/facts.controller.js';
import { FACT_QUERY_HANDLERS } from './facts/facts.queries.js';
import { LiveEventsController } from './live/live-events.controller.js';
import { ProjectionsController } from './projections/projections.controller.js';
import { PROJECTION_QUERY_HANDLERS } from './projections/projections.queries.js';
import { RelationsController } from './relations/relations.controller.js';
import { GetRelationsHandler } from './relations/relations.queries.js';
import { StoriesController } from './stories/stories.controller.js';
import { STORY_QUERY_HANDLERS } from './stories/stories.queries.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { GetTimelineHandler } from './timeline/timeline.queries.js';
import { ProjectionsModule } from '../projections/projections.module.js';

/**
 * The read API: one controller per resource under src/api/<resource>/, each answering from
 * the read models through the QueryBus (CqrsModule.forRoot() is imported by AppModule).
 */
@Module({
  imports: [ProjectionsModule],
  controllers: [StoriesController, FactsController, TimelineController, RelationsController, ProjectionsController, LiveEventsController],
  providers: [
    ...STORY_QUERY_HANDLERS,
    ...FACT_QUERY_HANDLERS,
    GetTimelineHandler,
    GetRelationsHandler,
    ...PROJECTION_QUERY_HANDLERS,
  ],
})
export class ReadApiModule {}
