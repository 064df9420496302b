#!/bin/bash
# The Node WebGPU bench (webgpu-node.ts) on a machine that has a GPU but no node_modules, npm or network.
#
#   scripts/bench/webgpu-device.sh pack DIR   (here) fills DIR with everything the run needs, compressed:
#     the bench bundled by esbuild, ORT's two WASM binaries, dawn.node, this machine's node binary (official
#     build: glibc and libstdc++ only), the Vulkan
#     loader debs and make-encoders.py. DIR must be ignored by git (.git/info/exclude) and carried.
#   DIR/webgpu-device.sh run DIR              (there, from the repository root) unpacks DIR into /tmp, makes the
#     MiniLM-L6 / BERT-base encoders with that machine's python3 + torch, and runs the bench; the log and JSON
#     go to $OUT (or /tmp/wgb).
#
# dawn.node comes from `npm pack webgpu@0.6.2` (21.5 MB for linux-x64, in a 51 MB tarball of every platform),
# fetched here on demand rather than pinned as a devDependency: every `npm ci` would download 51 MB (and run its
# postinstall) for a bench that only runs on a lent GPU machine. WEBGPU_TGZ names an already fetched tarball.
set -euo pipefail
mode=${1:?pack DIR | run DIR}
dir=${2:?DIR}

if [ "$mode" = pack ]; then
	here=$(cd "$(dirname "$0")" && pwd)
	repo=$(cd "$here/../.." && pwd)
	mkdir -p "$dir/gl"
	# Each compressed file is kept from an earlier pack (xz takes minutes on a busy machine).
	if [ ! -s "$dir/dawn.node.xz" ]; then
		tgz=${WEBGPU_TGZ:-}
		if [ -z "$tgz" ]; then
			(cd "$dir" && npm pack --silent webgpu@0.6.2 >/dev/null)
			tgz=$dir/webgpu-0.6.2.tgz
		fi
		tar xzf "$tgz" -C "$dir" package/dist/linux-x64/dawn.node
		xz -6 -T2 -c "$dir/package/dist/linux-x64/dawn.node" >"$dir/dawn.node.xz"
		rm -rf "$dir/package" "$dir/webgpu-0.6.2.tgz"
	fi
	[ -s "$dir/node.xz" ] || xz -6 -T2 -c "$(command -v node)" >"$dir/node.xz"
	# gzip for the WASM binaries: xz saves ~4 MB more but took over 5 minutes each on a loaded machine.
	for wasm in ort-wasm-simd-threaded.wasm ort-wasm-simd-threaded.asyncify.wasm; do
		[ -s "$dir/$wasm.gz" ] || gzip -6 -c "$repo/node_modules/onnxruntime-web/dist/$wasm" >"$dir/$wasm.gz"
		# In Node, ORT's bundles import the Emscripten glue beside them rather than their inlined copy.
		cp "$repo/node_modules/onnxruntime-web/dist/${wasm%.wasm}.mjs" "$dir/"
	done
	# ORT's bundles call require() (worker_threads, fs) from ESM: give the bundle one.
	(cd "$repo" && npx esbuild scripts/bench/webgpu-node.ts --bundle --platform=node --format=esm \
		--banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" \
		--log-level=warning --outfile="$dir/bench.mjs")
	# The Vulkan loader (libvulkan.so.1) that dawn.node dlopens, and libglvnd: the NVIDIA Vulkan ICD is
	# libGLX_nvidia.so.0, which the loader cannot open without it ("Found no drivers!" with libvulkan1 alone).
	o='-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64'
	mkdir -p /tmp/amd64/partial
	# shellcheck disable=SC2086
	apt-get $o update -qq && (cd "$dir/gl" && apt-get $o download libvulkan1 libegl1 libglvnd0 libopengl0 libgl1 libglx0 libgles2 >/dev/null)
	cp "$here/make-encoders.py" "$0" "$dir/"
	du -sh "$dir"/* "$dir"
	exit 0
fi

[ "$mode" = run ] || { echo "unknown mode $mode" >&2; exit 2; }
out=${OUT:-/tmp/wgb}
w=/tmp/wgb
mkdir -p "$w/enc" "$out"
for deb in "$dir"/gl/*.deb; do dpkg -x "$deb" /; done
ldconfig
if [ -f /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ]; then
	export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
	export VK_ICD_FILENAMES=$VK_DRIVER_FILES
fi
# Python, not xz/gzip: python3 is the one tool the GPU image is known to have.
unxz() { python3 -c 'import gzip, lzma, shutil, sys; o = lzma.open if sys.argv[1].endswith(".xz") else gzip.open; shutil.copyfileobj(o(sys.argv[1]), open(sys.argv[2], "wb"))' "$1" "$2"; }
unxz "$dir/node.xz" "$w/node" && chmod +x "$w/node"
unxz "$dir/dawn.node.xz" "$w/dawn.node"
for f in "$dir"/*.wasm.gz; do unxz "$f" "$w/$(basename "$f" .gz)"; done
cp "$dir"/*.mjs "$w/"
{
	echo "date: $(date -u +%FT%TZ)"
	nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
	echo "cpus: $(nproc); vulkan ICDs: $(ls /usr/local/nvidia/share/vulkan/icd.d /usr/share/vulkan/icd.d /etc/vulkan/icd.d 2>/dev/null | tr '\n' ' ')"
	PYTHONUNBUFFERED=1 timeout 150 python3 "$dir/make-encoders.py" "$w/enc" || echo "encoders failed: $?"
} 2>&1 | tee "$out/webgpu-bench.txt"
set +e
XDG_RUNTIME_DIR=/tmp DAWN_NODE=$w/dawn.node MODELS_DIR=$PWD/models ENCODERS_DIR=$w/enc \
	BENCH_JSON=$out/webgpu-bench.json "$w/node" "$w/bench.mjs" 2>&1 | tee -a "$out/webgpu-bench.txt"
# The bench ends itself with SIGKILL (see webgpu-node.ts); its verdict is the BENCH-END line.
grep -q '^BENCH-END rc=0' "$out/webgpu-bench.txt"
