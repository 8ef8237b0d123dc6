# Sourced by the scripts: where builds go and which tools come first.
# The target dir lives outside the clone so a fresh clone (CI) builds warm.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tiendo/target}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
