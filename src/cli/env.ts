// The environment the CLI reads (the library reads none): NIANBAO_TOKENIZER picks the word segmenter.
import type { TokenizerName } from '../index.js';
import { UsageError } from './usage.js';

const TOKENIZERS: readonly TokenizerName[] = ['jieba', 'nodejieba'];

/** The tokenizer named by NIANBAO_TOKENIZER (`jieba` or `nodejieba`), undefined when unset; a bad name is a usage error. */
export function tokenizerFromEnv(env: NodeJS.ProcessEnv = process.env): TokenizerName | undefined {
  const value = env.NIANBAO_TOKENIZER?.trim();
  if (!value) return undefined;
  if (!(TOKENIZERS as readonly string[]).includes(value)) {
    throw new UsageError(`NIANBAO_TOKENIZER must be ${TOKENIZERS.join(' or ')}, got "${value}"`);
  }
  return value as TokenizerName;
}
