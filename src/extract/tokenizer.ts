import { createRequire } from 'node:module';
import { NianbaoError } from '../errors.js';

/** A word segmenter: the one thing the pipeline needs from jieba (DESIGN §4). */
export interface Tokenizer {
  readonly name: 'jieba' | 'nodejieba';
  /** Cuts `text` into words, HMM on; the words concatenate back to `text`. */
  cut(text: string): string[];
  /** Cuts each of `texts` as `cut` would, in one call to the backend where it allows. */
  cutMany(texts: readonly string[]): string[][];
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
  return { name: 'jieba', cut, cutMany: (texts) => cutJoined(cut, texts) };
}

// jieba cuts a text in blocks split at whitespace, each block on its own, and gives a line break as a word of its own:
// texts without whitespace joined by line breaks are cut as each alone (one call instead of one per text)
const WHITESPACE = /\s/;

/** Each text's words from one cut of all of them joined by line breaks; one cut each if a text holds whitespace or is empty. */
function cutJoined(cut: (text: string) => string[], texts: readonly string[]): string[][] {
  if (texts.length < 2 || texts.some((t) => t === '' || WHITESPACE.test(t))) return texts.map(cut);
  const out: string[][] = [[]];
  for (const word of cut(texts.join('\n'))) {
    if (word === '\n') out.push([]);
    else out[out.length - 1].push(word);
  }
  // (a backend that cut otherwise would show here: then one cut each)
  return out.length === texts.length ? out : texts.map(cut);
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
  return { name: 'nodejieba', cut, cutMany: (texts) => texts.map(cut) };
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
