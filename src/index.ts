/**
 * rasd's typed library API. Everything the CLI, the store and (later) the HTTP API do goes through these.
 */
export { analyze, analyzeToDoc, analyzeArticle, readArticle, type AnalyzeOptions } from './analyze.ts';
export { runJsonlBatch, analyzeJsonLine, type BatchOptions, type BatchResult } from './batch.ts';
export type { AnalyzeInput } from './reader/input.ts';
export { validateInput, parseInputLine, isIsoDate, contentId } from './reader/input.ts';
export type { AnalysisV1, ArticleV1, EntityV1, ErrorLineV1, SpanV1, ArticleActorV1, ActorMentionV1 } from './output/v1.ts';
export { toOutputV1, OUTPUT_VERSION } from './output/v1.ts';
export type { Doc, Span, Token, TokenKind, Segment, Sentence, Paragraph, Entity, EntityType, ArticleMeta, Caption, Dropped, Context, Layers, LayerName } from './doc/types.ts';
export { createDoc, withLayer } from './doc/doc.ts';
export { checkDoc } from './doc/invariants.ts';
export { RasdError, ERROR_CODES, type ErrorCode } from './errors.ts';
export { registerComponent, listComponents, getComponent, type Component } from './pipeline/registry.ts';
export { runPipeline, DEFAULT_PIPELINE } from './pipeline/runner.ts';
export { readText } from './reader/text.ts';
export { readHtml } from './reader/html.ts';
export { tokenize } from './tokenize/tokenizer.ts';
export { splitSentences } from './tokenize/sentences.ts';
export { normalizeView, normalizeForMatch } from './lang/ar/normalize.ts';
export { loadNerTagger, defaultNerTagger, NerTagger, DEFAULT_MODEL_PATH } from './ner/tagger.ts';
export { tagEntities, entitiesFromLabels } from './ner/entities.ts';
export { tagConllStream, type ConllTagResult } from './ner/conll-tag.ts';
export { seqeval, spansOf, type SeqevalReport, type PRF } from './ner/seqeval.ts';
export { LABELS as NER_LABELS } from './ner/labels.ts';
export { linkActors, actorId } from './actors/link.ts';
export { loadKb, defaultKb, nisbaCountry, type Kb, type KbEntry, type KbKind, type KbRole } from './actors/kb.ts';
export { explainActors, formatExplanation, type Explanation, type ExplainedMention, type ExplainOptions } from './actors/explain.ts';
export { SECTORS, type Actor, type ActorMention, type Sector, type LinkTrace } from './actors/types.ts';
export { codeEvents } from './events/code.ts';
export { loadEventLexicon, defaultEventLexicon, type EventLexicon, type Sense } from './events/lexicon.ts';
export { loadOntology, PLOVER_TYPES, type PloverType, type Ontology, type CameoCode } from './events/ontology.ts';
export { dyadTimeline, dateStart } from './events/timeline.ts';
export { MODALITIES, type Event, type EventArg, type EventLocation, type EventMention, type Modality } from './events/types.ts';
export type { EventV1, EventArgV1, EventMentionV1 } from './output/v1.ts';
export { ingest, type IngestOptions, type IngestProgress, type IngestSummary, type IngestRequest } from './ingest/ingest.ts';
export { SqliteStore } from './store/sqlite.ts';
export { openStore, dbSpec, DEFAULT_DB } from './store/open.ts';
export { analyzeToRecord, contentHash, articleKey, outletOf } from './store/records.ts';
export { indexText, parseQuery, makeSnippet, type SearchQuery, type Snippet } from './store/search-text.ts';
export { blockKey, referenceDay, groupEvents, WINDOW_DAYS } from './store/merge.ts';
export { toCsv, toJsonl, csvHeader, CSV_COLUMNS } from './store/export.ts';
export type {
  Store, ArticleRecord, IngestErrorRecord, WriteStatus, RunSummary, RunInfo, SearchFilters, SearchHit, SearchResult,
  EventFilters, StoredEvent, ClusterSide, EventEvidence, ActorCount, StoreStats, StoredArticle, ArticleRef,
} from './store/types.ts';
