# Shared environment for the scripts (sourced, not run).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Keep build output outside the clone so fresh CI clones on this machine stay warm.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/bijstandsverkenner/target}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
