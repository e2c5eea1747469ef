// datapackage-js ships no types; this is the part of its API the data package test uses.
declare module 'datapackage' {
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean }
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: { profile?: string; [key: string]: unknown };
    readonly resources: unknown[];
  }
}
