/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The profile shown when the URL names none; set at build time (see vite.config.ts). */
  readonly VITE_DEFAULT_PROFILE: string;
}
