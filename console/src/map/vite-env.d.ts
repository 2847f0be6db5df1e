/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A Mapbox access token: the map renders with mapbox-gl and a Mapbox style when set. */
  readonly VITE_MAPBOX_TOKEN?: string;
}
