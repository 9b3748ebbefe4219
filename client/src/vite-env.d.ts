/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_BASE_DOMAIN?: string;
}
