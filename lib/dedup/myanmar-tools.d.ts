// The part of myanmar-tools' API the duplicate search and its evaluation use (the package ships no types). It is
// CommonJS whose exports Node cannot name for an ES import: import the default, the module object.
declare module 'myanmar-tools' {
  export interface ZawgyiDetector {
    /** 0 to 1: how likely the text is Zawgyi rather than Unicode Burmese. */
    getZawgyiProbability(text: string): number;
  }
  export interface ZawgyiConverter {
    zawgyiToUnicode(text: string): string;
    unicodeToZawgyi(text: string): string;
  }
  const myanmarTools: { ZawgyiDetector: new () => ZawgyiDetector; ZawgyiConverter: new () => ZawgyiConverter };
  export default myanmarTools;
}
