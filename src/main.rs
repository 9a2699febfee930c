//! Entry point: installs the panic hook and mounts the app. Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use bijstandsverkenner::web;
        console_error_panic_hook::set_once();
        use bijstandsverkenner::components::app;
        let start = || {
            yew::Renderer::<app::App>::new().render();
            // The static first screen in index.html goes in the same task, before a paint.
            web::mark_started();
            // A spare loader worker, started once the page has settled (see `loader`).
            gloo::timers::callback::Timeout::new(1_500, bijstandsverkenner::loader::prewarm)
                .forget();
            // And the page's part of a load, optimised before the first file.
            gloo::timers::callback::Timeout::new(1_000, bijstandsverkenner::loader::warm_up)
                .forget();
        };
        // The static first screen is painted before the app replaces it: its text is then
        // the page's largest paint (the app's equal text is no larger), not the app's, which
        // waits for the wasm. Behind it the start takes three tasks (the wasm's start, the
        // first state, the first render) instead of one long one.
        if web::static_screen_shown() {
            web::after_paint(move || {
                app::prepare();
                gloo::timers::callback::Timeout::new(0, start).forget();
            });
        } else {
            start();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Bijstandsverkenner runs in the browser: see README.md (scripts/serve.sh).");
}
