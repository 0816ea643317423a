// pngjs ships no types; the plan test only reads a PNG's size and pixels
declare module 'pngjs' {
  export class PNG {
    static sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
  }
}
