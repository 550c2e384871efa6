/**
 * Generated from the service's OpenAPI description by `npm run openapi:types` (openapi-typescript).
 * Do not edit: a test fails when this file no longer matches the API.
 */

export interface paths {
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest a news document
         * @description Appends the document, its story (current-events entries: every revision of a page joins one story) and its facts in one atomic write. The same text again writes nothing.
         */
        post: operations["Documents_ingest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One document as it was ingested: its text exactly as received, and what the parser read from it
         * @description Quote offsets (`provenance[].start`/`end` of a fact) are UTF-16 offsets into `text`.
         */
        get: operations["DocumentRead_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest many news documents
         * @description Up to 100 documents (the request at most 1 MiB), each ingested as by POST /documents: its own atomic write, so one unreadable document is rejected alone and the others are written. Documents already in the ledger are found in one look-up and not read again. Parsing and extraction run on worker threads.
         */
        post: operations["Documents_ingestBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through the global log in commit order
         * @description Returns full envelopes. Pass `next` as `cursor` (or the last `globalPosition` seen as `after`) to get the next page; no event is skipped or repeated even when writers commit out of position order. A page holds at most `limit` events and at most 4 MiB of envelopes (a single larger event gets a page of its own), so it may hold fewer than `limit` before the end of the log. `next` is null once the page reaches the end of the log as it stands; to follow the log, ask again later with `after` = the last `globalPosition` received.
         */
        get: operations["Events_readAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events: every envelope as it is appended
         * @description Each message has `id` = the global position and `data` = the envelope JSON. On reconnect the browser sends Last-Event-ID and the stream resumes right after that event, in commit order, without gaps or repeats. Without it the stream starts at the head of the log. Open like every read, unless a read token is configured (NEWSLEDGER_READ_TOKEN) or NEWSLEDGER_LIVE_PUBLIC=false: then it needs `Authorization: Bearer` with the read token or the API token. A client that leaves what it was sent unread for NEWSLEDGER_SSE_IDLE_TIMEOUT_MS (default 30 s) is disconnected; it may reconnect with Last-Event-ID.
         */
        get: operations["LiveEvents_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facts in valid-time order (by the day each is known to have happened)
         * @description Each fact with its current values, every provenance (document, quote, offsets), the number of independent documents that report it, disputes and its event history. `validAt` keeps facts that had happened by that date; `knownAt` folds only what had been reported by then.
         */
        get: operations["Facts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/facts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One fact with provenance, corroboration, disputes and history
         * @description A fact merged into another (FactsMerged: two facts found to be one event) answers 308 Permanent Redirect to the survivor, whose provenance, disputes and history hold the absorbed fact's reports (each provenance entry names it in `mergedFrom`). At a `knownAt` before the merge was known, the absorbed fact is answered as it stood.
         */
        get: operations["Facts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers, the projections have caught up, and Kafka when KAFKA_BROKERS is set
         * @description GET /health is the same. The projections are ready once they have applied the log as it stood when the service started; later lag under load does not make the service unready, it shows as `lag`. Why a check failed goes to the service log, not to the answer (it would name internal addresses).
         */
        get: operations["Health_ready[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process runs and answers, whatever its dependencies do */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers, the projections have caught up, and Kafka when KAFKA_BROKERS is set
         * @description GET /health is the same. The projections are ready once they have applied the log as it stood when the service started; later lag under load does not make the service unready, it shows as `lag`. Why a check failed goes to the service log, not to the answer (it would name internal addresses).
         */
        get: operations["Health_ready[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every projection's checkpoint and lag, and recent rebuild jobs with their progress */
        get: operations["Projections_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a read model from position 0 while the old one keeps serving
         * @description Replays the whole log into a fresh generation, then swaps it in atomically. Returns the job at once; follow it on GET /projections or GET /projections/jobs/{id}. `all` rebuilds every projection in one pass.
         */
        post: operations["Projections_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projections/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rebuild job */
        get: operations["Projections_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publishing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State of the Kafka relay: checkpoint, lag and last error
         * @description The relay publishes the ledger to Kafka when KAFKA_BROKERS is set; see docs/kafka.md.
         */
        get: operations["Publishing_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relations/{a}/{b}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state of relations between two countries
         * @description Per side (the country bearing the measures): its missions in the other country (open/closed, since when, closures ordered), caps on its staff there with effective dates, its diplomats expelled, its property seized, sanctions against it (with `eased` once the imposing country eased them) and other restrictions (institutions closed, diplomats detained or their travel restricted, local hiring banned, entry bans, embassy raids), each with who imposed it and the facts behind it. `ties`: relations normal, downgraded or suspended until restored; `contactsSuspended`: suspensions of high-level contacts. A reopened mission is open again. Only facts that happened (enacted, ordered, announced) count; threats, demands, denials and the like do not. `validAt` (default today): the state on that date, by everything known now; a measure ordered for a later date is `pending`. `knownAt`: only what had been reported by then. The order of the two countries does not matter.
         */
        get: operations["Relations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stories, newest entry date first
         * @description Each with the headline of its newest version known at `knownAt` (default: now) and how many facts its documents report. `validAt` keeps stories dated on or before it; `q` keeps those whose headlines or summaries (any version, any revision) contain the words. Revisions of one page are one story; a story merged into another is listed only under that one.
         */
        get: operations["Stories_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One story: current headline, category, summary, date, the documents that are its revisions, sources and related entries
         * @description At `knownAt`, the headline of the newest version reported by then, and only sources and links recorded by then. Related entries are links, never text: `related[].storyId` is the related story when it is in the ledger, else null. 404 when the story was not known yet.
         */
        get: operations["Stories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Word-level diff of two versions’ headlines
         * @description For the seed entry, from=1&to=2 shows the inserted "Russia-United States relations:" prefix and "United States" changed to "U.S.".
         */
        get: operations["Stories_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the story in order: one history over all revisions of its page
         * @description One version per page slug, ordered by the times Changes lists give them; a current version without a time comes at its document time. `storyId` is the story’s own id even when asked by another of its ids.
         */
        get: operations["Stories_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories/{id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the story */
        get: operations["Stories_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/streams/{streamId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one stream's events in version order
         * @description Pass `next` as `cursor` for the next page (a stream version); `next` is null on the last page.
         */
        get: operations["Events_readStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facts in valid-time order, each with a one-line summary
         * @description Summaries are generated from the typed fields. `validAt` ends the timeline at that date; `knownAt` shows it as reported by then. Retracted facts are left out.
         */
        get: operations["Timeline_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BatchAnswerDto: {
            alreadyIngested: number;
            created: number;
            rejected: number;
            /** @description One per document, in order */
            results: components["schemas"]["BatchResultDto"][];
        };
        BatchResultDto: {
            /** @description Unless rejected */
            documentId?: string;
            /** @description When created */
            events?: components["schemas"]["WrittenEventDto"][];
            /** @description Index of the document in the request */
            index: number;
            /** @description When rejected: what POST /documents would answer (422, with parseError) */
            problem?: components["schemas"]["ProblemDetailsDto"];
            /** @enum {string} */
            status: "created" | "already-ingested" | "rejected";
        };
        CandidateScoreDto: {
            /** @description Why the fact could not be this report’s */
            excludedBecause: string | null;
            factId: string;
            reasons: string[];
            score: number | null;
        };
        CheckpointDto: {
            /**
             * @description The last global position applied, a decimal string
             * @example 42
             */
            globalPosition: string;
            /**
             * @description Its transaction id, a decimal string
             * @example 42
             */
            transactionId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CountsDto: {
            /** @description True for "about 50", "more than a thousand": a bound or an estimate */
            approximate: boolean;
            /**
             * @description How many were acted on (expelled, cut)
             * @example 755
             */
            change: number | null;
            /**
             * @description The figure before (e.g. staff before a cut)
             * @example 1210
             */
            from: number | null;
            /**
             * @description The figure after
             * @example 455
             */
            to: number | null;
        };
        DiffPartDto: {
            /** @enum {string} */
            op: "equal" | "insert" | "delete";
            /** @example Russia-United States relations: */
            text: string;
        };
        DisputeDto: {
            documentId: string;
            /** @example validTime.occurredOn */
            field: string;
            knownAt: string;
            /** @description The value the fact holds for `field` (of that field’s type: a date, a count, a party…) */
            recorded: (string | number | boolean | {
                [key: string]: unknown;
            } | unknown[]) | null;
            /** @description The value the report gives for `field` */
            reported: (string | number | boolean | {
                [key: string]: unknown;
            } | unknown[]) | null;
        };
        EnvelopeDto: {
            /** @description The event’s data; its shape is given by `type` and `schemaVersion` */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /**
             * @description Position in the global log, a decimal string
             * @example 42
             */
            globalPosition: string;
            /** @description knownAt (when the reporting became public, or null), correlationId, causationId, source */
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
            /** @example 1 */
            schemaVersion: number;
            streamId: string;
            /**
             * @description Version in its stream, a decimal string
             * @example 1
             */
            streamVersion: string;
            /**
             * @description The log is ordered by (transactionId, globalPosition)
             * @example 1207
             */
            transactionId: string;
            /** @example StaffReductionOrdered */
            type: string;
        };
        EnvelopePageDto: {
            items: components["schemas"]["EnvelopeDto"][];
            /** @description Pass as `cursor` for the next page; null when nothing follows now */
            next: string | null;
        };
        ExpulsionDto: {
            approximate: boolean;
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            /** @example 35 */
            count: number | null;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            factIds: string[];
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        FactDto: {
            actor: components["schemas"]["PartyDto"];
            /** @example 161 */
            cameo: string | null;
            counts: components["schemas"]["CountsDto"] | null;
            detail: string | null;
            disputes: components["schemas"]["DisputeDto"][];
            /** @description Documents that report it (retracted ones excluded) */
            documentCount: number;
            firstKnownAt: string;
            history: components["schemas"]["HistoryEntryDto"][];
            id: string;
            /** @description Independent origins that back it: revisions of one page and one wire text republished by several outlets count once */
            independentSourceCount: number;
            independentSources: components["schemas"]["IndependentSourceDto"][];
            /** @example ordered */
            modality: string;
            places: components["schemas"]["PlaceDto"][];
            provenance: components["schemas"]["ProvenanceDto"][];
            /**
             * @description Withdrawn once every reporting document was retracted
             * @enum {string}
             */
            status: "supported" | "withdrawn";
            target: components["schemas"]["PartyDto"];
            /** @enum {string} */
            type: "StaffReductionOrdered" | "ConsulateClosed" | "DiplomatsExpelled" | "DiplomaticPropertySeized" | "SanctionsEnacted" | "AmbassadorRecalled" | "AmbassadorSummoned" | "DiplomaticRelationsSuspended" | "TalksHeld" | "TreatyExtensionDeclined" | "DiplomaticRelationsDowngraded" | "DiplomaticRelationsRestored" | "HighLevelContactsSuspended" | "EmbassyStaffRecalled" | "InstitutionsClosed" | "LocalStaffHiringBanned" | "DiplomatTravelRestricted" | "DiplomatsDetained" | "EmbassyRaided" | "MissionReopened" | "SanctionsEased" | "EntryBanImposed";
            /** @description The stated dates and the earliest publication that reported it */
            validTime: components["schemas"]["ValidTimeDto"];
        };
        FactOriginDto: {
            /** @description Curated facts are 1 */
            confidence: number;
            /** @example 2.3.0 */
            extractorVersion: string | null;
            /** @enum {string} */
            method: "curated" | "extracted";
        };
        FactsPageDto: {
            items: components["schemas"]["FactDto"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            next: string | null;
        };
        FieldErrorDto: {
            /**
             * @description The input at fault: a parameter, a body field (a.b.0.c), a header, `body` or `url`
             * @example limit
             */
            field: string;
            /**
             * @example [
             *       "limit must be from 1 to 1000"
             *     ]
             */
            messages: string[];
        };
        HistoryEntryDto: {
            documentId: string | null;
            eventId: string;
            /**
             * @description A decimal string
             * @example 42
             */
            globalPosition: string;
            knownAt: string;
            recordedAt: string;
            /** @example FactCorroborated */
            type: string;
        };
        IndependentSourceDto: {
            documentIds: string[];
            /** @example text:3f2a… */
            sourceKey: string;
        };
        IndicatorDto: {
            /** @description How long the check took, ms */
            responseTime?: number;
            /** @enum {string} */
            status: "up" | "down" | "degraded";
        };
        IngestDocumentBatchDto: {
            /** @description 1 to 100 documents, each as the body of POST /documents; the whole request at most 1 MiB */
            documents: components["schemas"]["IngestDocumentDto"][];
        };
        IngestDocumentDto: {
            /**
             * @description Detected from the text when omitted (an entry opens with its dated heading, after at most a `Formats:` line); one the text contradicts is a 422 KIND_MISMATCH
             * @enum {string}
             */
            kind?: "article" | "current-events-entry";
            /**
             * @description Publication time, RFC 3339 with a zone (or a date alone: midnight UTC), years 0001-9999; when omitted, a `date YYYY-MM-DD` header in the text is used, else it stays unknown
             * @example 2017-07-30T12:00:00Z
             */
            publishedAt?: string;
            /** @example BBC News */
            publisher?: string;
            /** @description The document as published (UTF-8): a current-events entry (Markdown), a plain-text article (optional leading `url:`, `date:`/`published:`, `title:`, `publisher:` lines), a JSON document `{ "text", "url", "publishedAt", "title", "publisher" }` or a saved HTML page. Quote offsets point into the stored text: this text, or the JSON `text` field, or the readable text extracted from the page (the original kept as its SHA-256 on DocumentIngested.original). Limits: the request body 1 MiB (413); at most 100000 characters of text are read (an entry, a plain-text article, the JSON `text`, a page's readable text; 422 DOCUMENT_TOO_LARGE); a page holds at most 200000 characters of text outside scripts and styles (422 DOCUMENT_TOO_LARGE), nests elements at most 64 deep and its text in `<div>`s at most 2000000 characters × `<div>` depth once bare wrapper chains are folded (422 HTML_TOO_DEEP), and has at most 5000 elements (422 TOO_MANY_ELEMENTS); at most 1000 list items (422 TOO_MANY_ITEMS). Lines have no length limit, but a sentence over 2000 characters is not read for facts. */
            text: string;
            /**
             * @description Wins over a url the document states; for an entry, its path names the page (`/news/2017/07/1/<slug>.md`)
             * @example https://www.bbc.com/news/world-europe-40770151
             */
            url?: string;
        };
        IngestResultDto: {
            /** @description False when this exact text was already in the ledger: nothing was written */
            created: boolean;
            /** @example doc-3f6b1c0e9a7d2b45 */
            documentId: string;
            /** @description The events written, in order; empty when already ingested */
            events: components["schemas"]["WrittenEventDto"][];
            /**
             * @description Pass as minPosition (or Min-Position) to read this write: the last event written, or the head of the log when nothing was
             * @example 42
             */
            position: string;
        };
        LivenessDto: {
            /** @example {} */
            details: {
                [key: string]: unknown;
            };
            /** @example {} */
            error: {
                [key: string]: unknown;
            };
            /** @example {} */
            info: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "ok";
        };
        LogCursorDto: {
            /**
             * @description Global position of the last event Kafka acknowledged, a decimal string
             * @example 1043
             */
            globalPosition: string;
            /**
             * @description Its transaction id: the log is ordered by (transactionId, globalPosition)
             * @example 1207
             */
            transactionId: string;
        };
        MeasureDto: {
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            factIds: string[];
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        MissionDto: {
            /** @description A closure ordered by validAt that takes effect later */
            closure: components["schemas"]["MeasureDto"] | null;
            /** @example consulate-general */
            facility: string;
            factIds: string[];
            /** @example San Francisco */
            place: string;
            /** @description Closed since; null while open */
            since: components["schemas"]["PartialDateDto"] | null;
            /** @enum {string} */
            status: "open" | "closed";
        };
        PartialDateDto: {
            /** @enum {string} */
            precision: "day" | "month" | "year";
            /**
             * @description YYYY, YYYY-MM or YYYY-MM-DD, as precise as `precision`
             * @example 2017-07-30
             */
            value: string;
        };
        PartyDto: {
            /**
             * @description ISO alpha-3; null for a bloc or international organisation
             * @example RUS
             */
            country: string | null;
            /** @example Vladimir Putin */
            name: string | null;
            /**
             * @description The bloc or organisation (e.g. European Union) when the party is one; null for a state
             * @example null
             */
            organisation: string | null;
        };
        PlaceDto: {
            /**
             * @description ISO alpha-3 of the country the place is in, when known
             * @example USA
             */
            country: string | null;
            /** @example consulate-general */
            facility: string | null;
            /** @example San Francisco */
            name: string;
        };
        ProblemDetailsDto: {
            /**
             * @description A stable code: a parse error (422), a version conflict (409)
             * @example MALFORMED_LINE
             */
            code?: string;
            /** @example limit must be from 1 to 1000 */
            detail: string;
            /** @description On every 4xx: one item per input at fault, empty when no single input is */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The request answered
             * @example /events?limit=0
             */
            instance: string;
            /** @description On a 422 of POST /documents: the line at fault, from 1; null when it is on none */
            line?: number | null;
            /**
             * @description On a 422 of POST /documents: why the text cannot be read
             * @example MALFORMED_LINE
             */
            parseError?: string;
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example about:blank */
            type: string;
        };
        ProjectionsIndicatorDto: {
            /** @description Per projection: caught up with the log, and positions still to apply */
            projections?: {
                [key: string]: {
                    caughtUp?: boolean;
                    lag?: number;
                };
            };
            /** @description How long the check took, ms */
            responseTime?: number;
            /** @enum {string} */
            status: "up" | "down" | "degraded";
        };
        ProjectionsOverviewDto: {
            /**
             * @description Position of the newest event in the ledger, a decimal string
             * @example 42
             */
            headPosition: string;
            jobs: components["schemas"]["RebuildJobDto"][];
            projections: components["schemas"]["ProjectionStatusDto"][];
        };
        ProjectionStatusDto: {
            /** @description True when no readable event lies after the checkpoint */
            caughtUp: boolean;
            checkpoint: components["schemas"]["CheckpointDto"];
            /** @description Positions between the checkpoint and the head: an estimate of the events still to apply; 0 exactly when caught up */
            lag: number;
            /** @example facts */
            name: string;
            /** @description The newest rebuild job touching this projection */
            rebuild: components["schemas"]["RebuildJobDto"] | null;
        };
        ProvenanceDto: {
            documentId: string;
            end: number;
            knownAt: string;
            /** @description The fact this report was made on before that fact was merged into this one (FactsMerged: one event); null for its own reports */
            mergedFrom: string | null;
            /** @description The fact a correction moved this report to (FactReportMoved); it no longer counts here */
            movedTo: string | null;
            origin: components["schemas"]["FactOriginDto"];
            /** @description The verbatim quote */
            quote: string;
            /** @description Why the report was resolved to this fact, with its score; null for reports recorded before resolution */
            resolution: components["schemas"]["ResolutionDto"] | null;
            /** @description True once a newer extractor retracted this document's support */
            retracted: boolean;
            /** @enum {string} */
            role: "reported" | "corroborated" | "disputed";
            /** @description Origin of the words: story:<id> for current-events revisions, text:<digest of the normalized paragraph> for articles */
            sourceKey: string;
            /** @description UTF-16 offset of the quote in the document text */
            start: number;
        };
        PublishingStatusDto: {
            /** @description Null before the first acknowledged event */
            checkpoint?: components["schemas"]["LogCursorDto"] | null;
            /** @description False when KAFKA_BROKERS is not set: nothing is published */
            enabled: boolean;
            /**
             * @description Consecutive failed attempts; 0 while publishing
             * @example 0
             */
            failedAttempts?: number;
            /**
             * @description Position of the newest event in the ledger, a decimal string
             * @example 1043
             */
            headPosition?: string;
            /**
             * @description Events the relay has still to publish (head minus the highest published position)
             * @example 0
             */
            lagEvents?: number;
            /** @description The most recent failure, kept after recovery */
            lastError?: components["schemas"]["RelayErrorDto"] | null;
            /**
             * @description Events acknowledged since this process started (duplicates included)
             * @example 1043
             */
            publishedSinceStart?: number;
            /** @enum {string} */
            state?: "stopped" | "starting" | "publishing" | "retrying";
            /** @example newsledger.events */
            topic?: string;
        };
        ReadinessChecksDto: {
            database: components["schemas"]["IndicatorDto"];
            /** @description When KAFKA_BROKERS is set */
            kafka?: components["schemas"]["IndicatorDto"];
            /** @description Where this process runs the projections */
            projections?: components["schemas"]["ProjectionsIndicatorDto"];
        };
        ReadinessDto: {
            /** @description Every check, as @nestjs/terminus reports it */
            details: components["schemas"]["ReadinessChecksDto"];
            /** @enum {string} */
            status: "ok";
        };
        RebuildJobDto: {
            error: string | null;
            etaSeconds: number | null;
            eventsDone: number;
            eventsPerSecond: number;
            eventsTotal: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            phase: "replaying" | "indexing" | "swapping" | "done";
            /**
             * @example [
             *       "facts"
             *     ]
             */
            projections: string[];
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed" | "cancelled" | "abandoned";
            /** Format: date-time */
            updatedAt: string;
        };
        RelatedEntryDto: {
            /**
             * @example [
             *       "American",
             *       "Russia-United States relations"
             *     ]
             */
            contextTags: string[];
            date: string | null;
            headline: string;
            path: string;
            /** @description The related page’s slug (its file name): with the date, what identifies it */
            slug: string | null;
            /** @description The related entry’s story when it is in the ledger (GET /stories/{storyId} answers), else null */
            storyId: string | null;
        };
        RelationsDto: {
            /** @description Suspensions of high-level contacts */
            contactsSuspended: components["schemas"]["MeasureDto"][];
            /**
             * @example [
             *       "RUS",
             *       "USA"
             *     ]
             */
            countries: string[];
            /** Format: date-time */
            knownAt: string | null;
            sides: components["schemas"]["RelationsSideDto"][];
            ties: components["schemas"]["TiesDto"];
            /** @example 2017-09-05 */
            validAt: string;
        };
        RelationsSideDto: {
            /**
             * @description The country bearing the measures
             * @example USA
             */
            country: string;
            expulsions: components["schemas"]["ExpulsionDto"][];
            /**
             * @description The host country, where the missions are
             * @example RUS
             */
            in: string;
            missions: components["schemas"]["MissionDto"][];
            restrictions: components["schemas"]["RestrictionDto"][];
            sanctions: components["schemas"]["SanctionDto"][];
            seizedProperty: components["schemas"]["SeizedPropertyDto"][];
            staffCaps: components["schemas"]["StaffCapDto"][];
        };
        RelayErrorDto: {
            /** @example 2017-08-27T03:48:44.000Z */
            at: string;
            /** @example KafkaJSConnectionError: Connection error: connect ECONNREFUSED 127.0.0.1:9092 */
            message: string;
        };
        ResolutionDto: {
            candidates: components["schemas"]["CandidateScoreDto"][];
            /** @enum {string} */
            decision: "new-fact" | "corroborates" | "disputes";
            /** @description Fields on which the report disagrees with the fact it joined */
            disputedFields: string[];
            /** @description The fact it joined; null for a new fact */
            matchedFactId: string | null;
            /** @enum {string} */
            method: "scored" | "curated" | "already-reported";
            reasons: string[];
            score: number | null;
        };
        RestrictionDto: {
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            factIds: string[];
            /** @enum {string} */
            kind: "StaffReductionOrdered" | "ConsulateClosed" | "DiplomatsExpelled" | "DiplomaticPropertySeized" | "SanctionsEnacted" | "AmbassadorRecalled" | "AmbassadorSummoned" | "DiplomaticRelationsSuspended" | "TalksHeld" | "TreatyExtensionDeclined" | "DiplomaticRelationsDowngraded" | "DiplomaticRelationsRestored" | "HighLevelContactsSuspended" | "EmbassyStaffRecalled" | "InstitutionsClosed" | "LocalStaffHiringBanned" | "DiplomatTravelRestricted" | "DiplomatsDetained" | "EmbassyRaided" | "MissionReopened" | "SanctionsEased" | "EntryBanImposed";
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        SanctionDto: {
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            detail: string | null;
            /** @description Eased or lifted by the imposing country since; null while in force */
            eased: components["schemas"]["MeasureDto"] | null;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            factIds: string[];
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        SeizedPropertyDto: {
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            facility: string | null;
            factIds: string[];
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            place: string | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        StaffCapDto: {
            approximate: boolean;
            /**
             * @description The country that imposed it
             * @example RUS
             */
            by: string;
            /** @example 455 */
            cap: number | null;
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            factIds: string[];
            from: number | null;
            orderedOn: components["schemas"]["PartialDateDto"] | null;
            /** @example 755 */
            reduction: number | null;
            /**
             * @description Pending: ordered for a date after validAt
             * @enum {string}
             */
            status: "in-effect" | "pending";
        };
        StoredDocumentDto: {
            /** @description Caption lines kept out of the body */
            captions: string[];
            /** @example doc-3f6b1c0e9a7d2b45 */
            documentId: string;
            /** @enum {string} */
            kind: "article" | "current-events-entry";
            /** @description Publication time (ISO 8601); null when the document does not say */
            publishedAt: string | null;
            /** @example Al Jazeera */
            publisher: string | null;
            /** @description When Newsledger appended it */
            recordedAt: string;
            /** @description The text exactly as received; quote offsets point into it */
            text: string;
            title: string | null;
            url: string | null;
        };
        StoriesPageDto: {
            items: components["schemas"]["StoryListItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            next: string | null;
        };
        StoryDiffDto: {
            /** @description Word-level changes from `from` to `to`, in reading order */
            changes: components["schemas"]["DiffPartDto"][];
            from: components["schemas"]["StoryVersionDto"];
            storyId: string;
            to: components["schemas"]["StoryVersionDto"];
        };
        StoryDto: {
            /**
             * @description The portal category above the headline, from the newest revision
             * @example Russia-United States relations
             */
            category: string | null;
            /** @example 2017-07-30 */
            date: string;
            /** @description The document that first reported the story */
            documentId: string;
            /** @description Every document that is a revision of the story page: one source, not several, when counting corroboration */
            documents: string[];
            /** @description Headline of the newest version known at the clocks asked */
            headline: string;
            id: string;
            related: components["schemas"]["RelatedEntryDto"][];
            sources: components["schemas"]["StorySourceDto"][];
            /** @description From the newest revision of the page */
            summary: string | null;
            version: components["schemas"]["StoryVersionDto"];
        };
        StoryListItemDto: {
            /**
             * @description The portal category above the headline, from the newest revision
             * @example Russia-United States relations
             */
            category: string | null;
            /** @example 2017-07-30 */
            date: string;
            /**
             * @description Facts reported, corroborated or disputed by the story’s documents (at the clocks asked)
             * @example 3
             */
            factCount: number;
            /** @description Headline of the newest version known at the clocks asked */
            headline: string;
            id: string;
            /** @description From the newest revision of the page */
            summary: string | null;
            version: components["schemas"]["StoryVersionDto"];
        };
        StorySourceDto: {
            documentId: string;
            /** @example Al Jazeera */
            name: string;
            url: string;
            /**
             * @description The version whose page first cited this source (the revision that listed it); null when that page is not one of the story’s versions
             * @example 2
             */
            version: number | null;
        };
        StoryVersionDto: {
            headline: string;
            /**
             * @description The timestamp a Changes list gives this version; null where none does
             * @example 2017-08-27T03:48:44.000Z
             */
            knownAt: string | null;
            /**
             * @description By position: the first, the last, updates between
             * @enum {string}
             */
            label: "First version" | "Update" | "Current version";
            /**
             * @description Position in the story history, ordered by the times Changes lists give (a current version: its document time)
             * @example 2
             */
            number: number;
            path: string | null;
        };
        StoryVersionsDto: {
            items: components["schemas"]["StoryVersionDto"][];
            /** @description Always null: the whole history is one page */
            next: string | null;
            storyId: string;
        };
        TiesDto: {
            /** @description The measure that set the status */
            measure: components["schemas"]["MeasureDto"] | null;
            /** @description The restoration that ended the last one */
            restored: components["schemas"]["MeasureDto"] | null;
            /** @enum {string} */
            status: "normal" | "downgraded" | "suspended";
        };
        TimelineEntryDto: {
            actor: components["schemas"]["PartyDto"];
            /**
             * @description First day the fact may have happened on
             * @example 2017-07-30
             */
            date: string | null;
            documentCount: number;
            factId: string;
            modality: string;
            /**
             * @description Generated from the typed fields
             * @example Russia (Vladimir Putin) ordered the United States to cut its diplomatic staff in Russia by 755 to 455 on 30 July 2017, effective 1 September 2017.
             */
            summary: string;
            target: components["schemas"]["PartyDto"];
            /** @example StaffReductionOrdered */
            type: string;
            validTime: components["schemas"]["ValidTimeDto"];
        };
        TimelineJsDateDto: {
            /**
             * @description Absent when the fact is known to the month only
             * @example 30
             */
            day?: number;
            /**
             * @description Absent when the fact is known to the year only
             * @example 7
             */
            month?: number;
            /** @example 2017 */
            year: number;
        };
        TimelineJsDto: {
            events: components["schemas"]["TimelineJsEventDto"][];
            title: components["schemas"]["TimelineJsTitleDto"];
        };
        TimelineJsEventDto: {
            /** @description When it takes effect, if later */
            end_date?: components["schemas"]["TimelineJsDateDto"];
            /** @description The fact type */
            group: string;
            start_date: components["schemas"]["TimelineJsDateDto"];
            /** @description headline: the summary; text: modality and number of documents */
            text: components["schemas"]["TimelineJsTextDto"];
            /** @description The fact id */
            unique_id: string;
        };
        TimelineJsTextDto: {
            headline: string;
            text?: string;
        };
        TimelineJsTitleDto: {
            text: components["schemas"]["TimelineJsTextDto"];
        };
        TimelinePageDto: {
            items: components["schemas"]["TimelineEntryDto"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            next: string | null;
        };
        ValidTimeDto: {
            /** @description When it takes effect (a deadline), as stated */
            effectiveOn: components["schemas"]["PartialDateDto"] | null;
            /**
             * @description The earliest publication (YYYY-MM-DD) that reported it: it happened on or before that day
             * @example 2017-07-31
             */
            occurredBy?: string | null;
            /** @description When it happened, as stated */
            occurredOn: components["schemas"]["PartialDateDto"] | null;
        };
        WrittenEventDto: {
            /** Format: uuid */
            eventId: string;
            /**
             * @description A decimal string
             * @example 42
             */
            globalPosition: string;
            streamId: string;
            /** @example DocumentIngested */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Documents_ingest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestDocumentDto"];
            };
        };
        responses: {
            /** @description Already ingested: nothing written, `position` is the head of the log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResultDto"];
                };
            };
            /** @description Written. Concurrent posts of the same text: exactly one answers created; conflicts with other writers are retried, never answered 409. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResultDto"];
                };
            };
            /** @description Invalid body or unknown fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Body not application/json (never read) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The text cannot be read as a document: `code` PARSE_ERROR, `parseError` (EMPTY_DOCUMENT, DOCUMENT_TOO_LARGE, HTML_TOO_DEEP, TOO_MANY_ELEMENTS, TOO_MANY_ITEMS, BINARY_CONTENT, INVALID_ENCODING, NO_TEXT, MISSING_ENTRY_DATE, MISSING_HEADLINE, MALFORMED_LINE, MALFORMED_JSON, KIND_MISMATCH) and, where it is on one, the `line` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable; nothing was written (Retry-After) */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    DocumentRead_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Document id, as given in a fact provenance or a story source */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredDocumentDto"];
                };
            };
            /** @description No document with this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Documents_ingestBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestDocumentBatchDto"];
            };
        };
        responses: {
            /** @description One result per document, in order: created (with its events), already-ingested, or rejected with the problem POST /documents would answer (422, with parseError) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchAnswerDto"];
                };
            };
            /** @description Not 1 to 100 documents, or a document breaks the schema (naming documents.<i>.<field>); nothing is written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing or wrong bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Body over 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Body not application/json (never read) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Events_readAll: {
        parameters: {
            query?: {
                /** @description Global position of the last event already seen (0 = from the start), a decimal string */
                after?: string;
                /** @description The `next` value of the previous page (wins over `after`) */
                cursor?: string;
                /** @description Page size, 1..1000; default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvelopePageDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    LiveEvents_live: {
        parameters: {
            query?: {
                /** @description Same as Last-Event-ID, for clients that cannot set headers; 0 = from the start */
                after?: string;
            };
            header?: {
                /** @description Global position of the last event received */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Frames `id: <globalPosition>` and `data: <envelope JSON>`, as GET /events items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No `Authorization: Bearer` with the read token (NEWSLEDGER_READ_TOKEN) or the API token, and the feed is closed (a read token configured, or NEWSLEDGER_LIVE_PUBLIC=false) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description NEWSLEDGER_SSE_MAX_CLIENTS clients are connected already; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Facts_list: {
        parameters: {
            query?: {
                /** @description Acting country, ISO 3166 alpha-3 */
                actor?: string;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description json (default): one page. csv (one row per fact) and ndjson (one fact per line, whole): every fact from `cursor` on, `limit` ignored. Also chosen by Accept: text/csv, application/x-ndjson */
                format?: "json" | "csv" | "ndjson";
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Page size, 1..200; default 50 (20 for facts, which carry their whole history) */
                limit?: number;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description Country acted upon, ISO 3166 alpha-3 */
                target?: string;
                /** @description Fact type */
                type?: "StaffReductionOrdered" | "ConsulateClosed" | "DiplomatsExpelled" | "DiplomaticPropertySeized" | "SanctionsEnacted" | "AmbassadorRecalled" | "AmbassadorSummoned" | "DiplomaticRelationsSuspended" | "TalksHeld" | "TreatyExtensionDeclined" | "DiplomaticRelationsDowngraded" | "DiplomaticRelationsRestored" | "HighLevelContactsSuspended" | "EmbassyStaffRecalled" | "InstitutionsClosed" | "LocalStaffHiringBanned" | "DiplomatTravelRestricted" | "DiplomatsDetained" | "EmbassyRaided" | "MissionReopened" | "SanctionsEased" | "EntryBanImposed";
                /** @description The state of the world on this date, by everything known now */
                validAt?: string;
                /** @description Facts whose valid time reaches this date or later (YYYY-MM-DD) */
                validFrom?: string;
                /** @description Facts whose valid time starts on or before this date (YYYY-MM-DD) */
                validTo?: string;
            };
            header?: {
                /** @description The ETag of an earlier answer: 304 without a body while the answer is still the same */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (JSON), or every fact as CSV or NDJSON (`format`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactsPageDto"];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description The answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Facts_get: {
        parameters: {
            query?: {
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description Opaque: fact- and a UUIDv7 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactDto"];
                };
            };
            /** @description The fact was merged into another: Location is the survivor, /facts/{survivor id}, with the same query */
            308: {
                headers: {
                    /** @description The surviving fact */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such fact, or not reported by `knownAt` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    "Health_ready[0]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Not ready: `checks` says which check is down; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    "Health_ready[1]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Not ready: `checks` says which check is down; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Projections_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionsOverviewDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Projections_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "stories" | "facts" | "all";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job, running; Location names it */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildJobDto"];
                };
            };
            /** @description Missing or wrong bearer token (WWW-Authenticate: Bearer); the body is never read */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such projection */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A rebuild of that projection is already running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Projections_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildJobDto"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Publishing_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishingStatusDto"];
                };
            };
            /** @description The database is unavailable; Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Relations_get: {
        parameters: {
            query?: {
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description The state of the world on this date, by everything known now */
                validAt?: string;
            };
            header?: {
                /** @description The ETag of an earlier answer: 304 without a body while the answer is still the same */
                "If-None-Match"?: string;
            };
            path: {
                /** @description ISO 3166 alpha-3 */
                a: string;
                /** @description ISO 3166 alpha-3 */
                b: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state of relations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "countries": [
                     *         "RUS",
                     *         "USA"
                     *       ],
                     *       "validAt": "2017-09-05",
                     *       "knownAt": null,
                     *       "ties": {
                     *         "status": "normal",
                     *         "measure": null,
                     *         "restored": null
                     *       },
                     *       "contactsSuspended": [],
                     *       "sides": [
                     *         {
                     *           "country": "RUS",
                     *           "in": "USA",
                     *           "missions": [
                     *             {
                     *               "place": "San Francisco",
                     *               "facility": "consulate-general",
                     *               "status": "closed",
                     *               "since": {
                     *                 "value": "2017-09-02",
                     *                 "precision": "day"
                     *               },
                     *               "closure": null,
                     *               "factIds": [
                     *                 "fact-consulate-closed-usa-rus-2017-08"
                     *               ]
                     *             }
                     *           ],
                     *           "staffCaps": [],
                     *           "expulsions": [
                     *             {
                     *               "by": "USA",
                     *               "status": "in-effect",
                     *               "count": 35,
                     *               "approximate": false,
                     *               "orderedOn": {
                     *                 "value": "2016-12-29",
                     *                 "precision": "day"
                     *               },
                     *               "effectiveOn": null,
                     *               "factIds": [
                     *                 "fact-diplomats-expelled-usa-rus-2016-12"
                     *               ]
                     *             }
                     *           ],
                     *           "seizedProperty": [],
                     *           "sanctions": [],
                     *           "restrictions": []
                     *         },
                     *         {
                     *           "country": "USA",
                     *           "in": "RUS",
                     *           "missions": [],
                     *           "staffCaps": [
                     *             {
                     *               "by": "RUS",
                     *               "status": "in-effect",
                     *               "cap": 455,
                     *               "reduction": 755,
                     *               "from": null,
                     *               "approximate": false,
                     *               "orderedOn": {
                     *                 "value": "2017-07-30",
                     *                 "precision": "day"
                     *               },
                     *               "effectiveOn": {
                     *                 "value": "2017-09-01",
                     *                 "precision": "day"
                     *               },
                     *               "factIds": [
                     *                 "fact-staff-reduction-ordered-rus-usa-2017-07"
                     *               ]
                     *             }
                     *           ],
                     *           "expulsions": [],
                     *           "seizedProperty": [],
                     *           "sanctions": [],
                     *           "restrictions": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RelationsDto"];
                };
            };
            /** @description The answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A country code or clock is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Stories_list: {
        parameters: {
            query?: {
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Page size, 1..200; default 50 (20 for facts, which carry their whole history) */
                limit?: number;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description Words to find in any version's headline or any revision's summary (English stemming: "expel" finds "expelled"; "quoted phrase", or, -word as in web search), at most 200 characters */
                q?: string;
                /** @description The state of the world on this date, by everything known now */
                validAt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoriesPageDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Stories_get: {
        parameters: {
            query?: {
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description The state of the world on this date, by everything known now */
                validAt?: string;
            };
            header?: {
                /** @description The ETag of an earlier answer: 304 without a body while the answer is still the same */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Story id, e.g. story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae. Any id of the story answers (a story merged into it, the page of any of its versions); the answer carries the story’s own id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDto"];
                };
            };
            /** @description The answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such story, or not known at `knownAt` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Stories_diff: {
        parameters: {
            query: {
                /** @description Version number to diff from */
                from: number;
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description Version number to diff to */
                to: number;
            };
            header?: never;
            path: {
                /** @description Story id, e.g. story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae. Any id of the story answers (a story merged into it, the page of any of its versions); the answer carries the story’s own id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryDiffDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such story or version, or not known at `knownAt` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Stories_versions: {
        parameters: {
            query?: {
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description Story id, e.g. story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae. Any id of the story answers (a story merged into it, the page of any of its versions); the answer carries the story’s own id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryVersionsDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such story, or not known at `knownAt` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Stories_version: {
        parameters: {
            query?: {
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
            };
            header?: never;
            path: {
                /** @description Story id, e.g. story-2017-07-30-russian-president-vladimir-putin-expels-755-597b80ae. Any id of the story answers (a story merged into it, the page of any of its versions); the answer carries the story’s own id. */
                id: string;
                /** @description Version number, from 1 */
                n: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoryVersionDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such version, or not known at `knownAt` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Events_readStream: {
        parameters: {
            query?: {
                /** @description The `next` value of the previous page (wins over `fromVersion`) */
                cursor?: string;
                direction?: "forwards" | "backwards";
                /** @description First stream version to return (default: the first, or the last going backwards) */
                fromVersion?: string;
                /** @description Page size, 1..1000; default 100 */
                limit?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvelopePageDto"];
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or the service is not ready; Retry-After says when to try again */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    Timeline_get: {
        parameters: {
            query?: {
                /** @description ISO 3166 alpha-3 codes, comma-separated. Two or more: facts between them; one: facts involving it. */
                countries?: string;
                /** @description The `next` value of the previous page */
                cursor?: string;
                /** @description json (default): one page. csv (one row per fact) and timelinejs (TimelineJS JSON, one slide per fact): every fact from `cursor` on, `limit` ignored. Also chosen by Accept: text/csv, application/vnd.timelinejs+json */
                format?: "json" | "csv" | "timelinejs";
                /** @description Only what had been reported by this time (ISO 8601 with zone; a date alone is midnight UTC) */
                knownAt?: string;
                /** @description Page size, 1..200; default 50 (20 for facts, which carry their whole history) */
                limit?: number;
                /** @description Read your writes: answer only once the read models include the event at this global position (as writes answer it, `position`). Also accepted as the `Min-Position` header. Waits at most 5 s, then 503 problem+json with Retry-After. */
                minPosition?: string;
                /** @description The state of the world on this date, by everything known now */
                validAt?: string;
                /** @description Facts whose valid time reaches this date or later */
                validFrom?: string;
                /** @description Facts whose valid time starts on or before this date */
                validTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page (JSON), or the whole timeline as CSV or TimelineJS JSON (`format`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageDto"] | components["schemas"]["TimelineJsDto"];
                    "text/csv": string;
                };
            };
            /** @description A parameter, header or body field is malformed; `errors` names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The database is unavailable, or minPosition was not reached within 5 s; Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
