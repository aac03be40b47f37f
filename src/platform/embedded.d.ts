/** The files the one-file build carries inside itself, by path (vite.config.ts makes it). */
declare module "virtual:caspian-embedded" {
  const files: Record<string, string | { gzip64: string }>;
  export default files;
}
