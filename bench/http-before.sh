#!/usr/bin/env bash
# Measures an older commit with today's HTTP load benchmark, for the "before" column:
#   bench/http-before.sh [COMMIT] [http.bench.ts options…]      (COMMIT defaults to 3cd1a6f)
#
# Checks COMMIT out in a git worktree under /tmp (detached; this checkout is left alone), links this
# checkout's node_modules into it, copies this checkout's bench/ files over its bench/, and runs
# bench/http.bench.ts there with --label before. The server measured is the worktree's; the results
# go to this checkout's bench/results/http-before.json and docs/benchmarks.md. The worktree stays
# for the next run; remove it with `git worktree remove --force /tmp/trellis-before-COMMIT`.
set -euo pipefail

commit="${1:-3cd1a6f}"
if [[ $# -gt 0 ]]; then shift; fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
full="$(git -C "$repo" rev-parse --verify "${commit}^{commit}")"
short="$(git -C "$repo" rev-parse --short "$full")"
tree="/tmp/trellis-before-${short}"

if [[ -d "$tree" ]]; then
  if [[ "$(git -C "$tree" rev-parse HEAD)" != "$full" ]]; then
    echo "$tree exists but is not at $short; remove it: git worktree remove --force $tree" >&2
    exit 1
  fi
else
  git -C "$repo" worktree add --detach "$tree" "$full"
fi
ln -sfn "$repo/node_modules" "$tree/node_modules"
# Today's benchmark files over the commit's (results and docs stay in this checkout).
mkdir -p "$tree/bench"
find "$repo/bench" -maxdepth 1 -type f \( -name '*.ts' -o -name '*.sh' -o -name '*.md' \) \
  -exec cp {} "$tree/bench/" \;

cd "$tree"
exec node --import tsx bench/http.bench.ts --label before \
  --results-dir "$repo/bench/results" --report "$repo/docs/benchmarks.md" "$@"
