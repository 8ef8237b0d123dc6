//! Entry point of the wasm binary: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    tiendo::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tiến Độ runs in the browser: build it with `trunk build --release`.");
}
