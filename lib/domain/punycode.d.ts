/** Types for the userland punycode package's CommonJS file (Node's built-in `punycode` is deprecated). */
declare module 'punycode/punycode.js' {
  const punycode: {
    decode(input: string): string;
    encode(input: string): string;
    toASCII(input: string): string;
    toUnicode(input: string): string;
  };
  export default punycode;
}
