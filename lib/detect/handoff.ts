// How the lazily loaded engine (entrypoints/console-engine/) hands its factory to the content script: a dynamically
// imported extension module runs in the content script's own isolated world, so a global there is private to the
// extension — the page cannot see or replace it.
export const ENGINE_GLOBAL = '__whyDeniedConsoleEngine';

/** The built file the content script imports (listed in web_accessible_resources for the console hosts only). */
export const ENGINE_FILE = '/console-engine.js';
