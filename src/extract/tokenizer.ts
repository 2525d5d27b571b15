import { createRequire } from 'node:module';
import { NianbaoError } from '../errors.js';

/** A word segmenter: the one thing the pipeline needs from jieba (DESIGN §4). */
export interface Tokenizer {
  readonly name: 'jieba' | 'nodejieba';
  /** Cuts `text` into words, HMM on; the words concatenate back to `text`. */
  cut(text: string): string[];
  /** `texts.map(cut)`, in as few calls into the backend as give the same words. */
  cutEach(texts: string[]): string[][];
}

export type TokenizerName = Tokenizer['name'];

const require = createRequire(import.meta.url);
const cache = new Map<TokenizerName, Tokenizer>();

// True advice for each way a backend can be missing (checked with `npm install --omit=optional` and --ignore-scripts).
const ADVICE = {
  jieba:
    `@node-rs/jieba ships its compiled code in an optional per-platform package (here @node-rs/jieba-${process.platform}-${process.arch}` +
    `${process.platform === 'linux' ? '-gnu or -musl' : ''}), left out by \`npm install --omit=optional\`: install without --omit=optional, ` +
    'or use the nodejieba backend (tokenizer: "nodejieba")',
  nodejieba:
    'nodejieba is an optional peer dependency and is compiled on install: run `npm install nodejieba@3.4.4` ' +
    '(needs g++ and python3, and install scripts allowed), or use the default backend (tokenizer: "jieba")',
} as const;

function loadNodeRsJieba(): Tokenizer {
  let jieba: import('@node-rs/jieba').Jieba;
  try {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  } catch (cause) {
    // its own message advises deleting the lockfile, which does not help here: name what is missing instead
    const why = /native binding/i.test(firstLine(cause)) ? 'its compiled code is not installed' : firstLine(cause);
    throw new NianbaoError('TOKENIZER_UNAVAILABLE', `@node-rs/jieba did not load (${why}); ${ADVICE.jieba}`, undefined, { cause });
  }
  const cut = (text: string) => jieba.cut(text, true);
  return { name: 'jieba', cut, cutEach: (texts) => cutJoined(cut, texts) };
}

function loadNodejieba(): Tokenizer {
  let nodejieba: {
    cut(text: string, hmm: boolean): string[];
    load(opts?: object): unknown;
  };
  try {
    nodejieba = require('nodejieba');
  } catch (cause) {
    throw new NianbaoError('TOKENIZER_UNAVAILABLE', `nodejieba is not installed or did not build (${firstLine(cause)}); ${ADVICE.nodejieba}`, undefined, { cause });
  }
  nodejieba.load();
  const cut = (text: string) => nodejieba.cut(text, true);
  return { name: 'nodejieba', cut, cutEach: (texts) => texts.map(cut) };
}

// @node-rs/jieba (jieba-rs) cuts a text into stretches of Han characters, letters and digits, and cuts every other
// character that is not a blank as a word of its own: a control character between two texts ends a stretch without
// joining either side, so the joined text cuts into each text's own words with the separator between them
const SEPARATOR = '\u0001';

/** Each text's words from one cut of the texts joined by SEPARATOR (one call into the backend, not one a text). */
function cutJoined(cut: (text: string) => string[], texts: string[]): string[][] {
  if (texts.length < 2 || texts.some((t) => t.includes(SEPARATOR))) return texts.map(cut);
  const out: string[][] = [];
  let words: string[] = [];
  for (const word of cut(texts.join(SEPARATOR))) {
    if (word === SEPARATOR) {
      out.push(words);
      words = [];
    } else words.push(word);
  }
  out.push(words);
  return out;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

const LOADERS: Record<TokenizerName, () => Tokenizer> = { jieba: loadNodeRsJieba, nodejieba: loadNodejieba };

/** The tokenizer by name (default `jieba` = @node-rs/jieba); loaded once, lazily. The library reads no environment. */
export function getTokenizer(name?: TokenizerName): Tokenizer {
  const wanted = name ?? 'jieba';
  if (!(wanted in LOADERS)) throw new NianbaoError('INVALID_OPTION', `unknown tokenizer ${wanted}`);
  let tokenizer = cache.get(wanted);
  if (!tokenizer) {
    tokenizer = LOADERS[wanted]();
    cache.set(wanted, tokenizer);
  }
  return tokenizer;
}

/** Whether a backend can be loaded here (nodejieba is an optional, compiled dependency). */
export function tokenizerAvailable(name: TokenizerName): boolean {
  try {
    getTokenizer(name);
    return true;
  } catch {
    return false;
  }
}
