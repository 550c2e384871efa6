import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Settings } from '../../config/settings.js';
import { SETTINGS } from '../../config/settings.tokens.js';
import type { EventStore } from '../../event-store/event-store.port.js';
import { EVENT_STORE } from '../../event-store/event-store.tokens.js';
import { seedLedger } from './seed-ledger.js';

/** Seeds at start-up (NEWSLEDGER_SEED_ON_START); after the first start it writes nothing. */
@Injectable()
export class SeedOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.seedOnStart) return;
    const reports = await seedLedger(this.store);
    const written = reports.reduce((n, r) => n + r.result.events.length, 0);
    this.logger.log(
      written > 0 ? `Seeded ${reports.length} documents: ${written} events` : 'Seed documents already in the ledger',
    );
  }
}
