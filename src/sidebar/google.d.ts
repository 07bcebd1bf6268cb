/**
 * The part of HtmlService's client API the sidebar uses
 * (developers.google.com/apps-script/guides/html/reference/run and …/reference/host).
 */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (result: unknown, userObject?: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
    withUserObject(userObject: unknown): Runner;
    [serverFunction: string]: unknown;
  }
  const run: Runner;
  const host: { close(): void; editor: { focus(): void } };
}
