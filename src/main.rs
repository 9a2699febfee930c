//! Entry point: installs the panic hook and mounts the app. Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        yew::Renderer::<bijstandsverkenner::components::app::App>::new().render();
        // The static first screen in index.html goes in the same task, before a paint.
        bijstandsverkenner::web::mark_started();
        // A spare loader worker, started once the page has settled (see `loader`).
        gloo::timers::callback::Timeout::new(1_500, bijstandsverkenner::loader::prewarm).forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Bijstandsverkenner runs in the browser: see README.md (scripts/serve.sh).");
}
