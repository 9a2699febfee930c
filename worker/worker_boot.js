// Starts the loader Web Worker (worker/src/main.rs): wasm-bindgen's no-modules glue, then
// the wasm. A failure to start is rethrown as an uncaught error, so the page's
// `worker.onerror` sees it and says the file could not be read, with the reason.
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' }).catch((e) => {
  setTimeout(() => {
    throw e;
  });
});
