// word-extractor ships no types: the one call nianbao makes.
declare module 'word-extractor' {
  export default class WordExtractor {
    extract(input: Buffer | string): Promise<{ getBody(): string }>;
  }
}
