import { Module } from '@nestjs/common';
import { FactsController } from '../api/facts/facts.controller.js';
import { FACT_QUERY_HANDLERS } from '../api/facts/facts.queries.js';
import { LiveEventsController } from '../api/live/live-events.controller.js';
import { ProjectionsController } from '../api/projections/projections.controller.js';
import { PROJECTION_QUERY_HANDLERS } from '../api/projections/projections.queries.js';
import { RelationsController } from '../api/relations/relations.controller.js';
import { GetRelationsHandler } from '../api/relations/relations.queries.js';
import { StoriesController } from '../api/stories/stories.controller.js';
import { STORY_QUERY_HANDLERS } from '../api/stories/stories.queries.js';
import { TimelineController } from '../api/timeline/timeline.controller.js';
import { GetTimelineHandler } from '../api/timeline/timeline.queries.js';
import { ProjectionsModule } from './projections.module.js';

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
