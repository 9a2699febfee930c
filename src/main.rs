//! Entry point: installs the panic hook and mounts the app. Nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        yew::Renderer::<bijstandsverkenner::components::app::App>::new().render();
    }
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Bijstandsverkenner runs in the browser: see README.md (scripts/serve.sh).");
}
