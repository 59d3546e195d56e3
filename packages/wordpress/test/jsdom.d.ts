// The part of jsdom's API the tests use (jsdom ships no types; the root devDependency is shared).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
