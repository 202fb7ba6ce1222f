/**
 * Every pipeline component is registered here, in one place (as spaCy's factories.py).
 * A test pins the names and contracts (test/pipeline/pipeline_registry.test.ts).
 */
import { requireLayer, withLayer } from '../doc/doc.ts';
import { tokenize } from '../tokenize/tokenizer.ts';
import { splitSentences } from '../tokenize/sentences.ts';
import { tagTimexes } from '../dates/index.ts';
import { registerComponent } from './registry.ts';
import { tagEntities } from '../ner/entities.ts';
import { defaultNerTagger } from '../ner/tagger.ts';
import { linkActors } from '../actors/link.ts';
import { defaultKb } from '../actors/kb.ts';
import { codeEvents } from '../events/code.ts';

registerComponent({
  name: 'tokenize',
  requires: [],
  assigns: ['tokens'],
  description: 'Splits the text into word, number, date, time, URL, punctuation … tokens with clitic segments',
  run: (doc) => withLayer(doc, 'tokens', tokenize(doc.text)),
});

registerComponent({
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  assigns: ['sentences'],
  description: 'Splits each paragraph into sentences (Arabic punctuation, abbreviations, decimals, quotes, headlines)',
  run: (doc) => withLayer(doc, 'sentences', splitSentences(doc.text, requireLayer(doc, 'tokens'), requireLayer(doc, 'paragraphs'))),
});

registerComponent({
  name: 'timex',
  requires: ['sentences'],
  assigns: ['timexes'],
  description: 'Finds dates, times, durations and sets and resolves them to TIMEX3 values against the publication date (ctx)',
  run: (doc, ctx) => withLayer(doc, 'timexes', tagTimexes(doc.text, { referenceDate: ctx.referenceDate })),
});

registerComponent({
  name: 'ner',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  description: 'Finds PER/ORG/LOC/MISC entity mentions with the trained linear-chain tagger (proclitics left outside the span)',
  run: (doc) => withLayer(doc, 'entities', tagEntities(doc.text, requireLayer(doc, 'tokens'), requireLayer(doc, 'sentences'), defaultNerTagger())),
});

registerComponent({
  name: 'actors',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: ['actors'],
  description: 'Links entity mentions and nameless actor phrases to actors (country + PLOVER sector, IGOs, people) from the knowledge base in data/actors',
  run: (doc, ctx) => withLayer(doc, 'actors', linkActors(doc, ctx, defaultKb())),
});

registerComponent({
  name: 'events',
  requires: ['tokens', 'sentences', 'timexes', 'actors'],
  assigns: ['events'],
  description: 'Codes PLOVER events (type, CAMEO code, source and target actors, own date, place, modality) from the trigger lexicon in data/events, each with its trigger and sentence',
  run: (doc, ctx) => withLayer(doc, 'events', codeEvents(doc, ctx)),
});
