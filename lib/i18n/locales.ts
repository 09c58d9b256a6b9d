/** The UI languages the extension ships (one public/_locales bundle each). The one list. */
export type LocaleCode = 'en' | 'es' | 'zh_CN' | 'vi' | 'fil' | 'ko';
export const LOCALES: readonly LocaleCode[] = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'];
