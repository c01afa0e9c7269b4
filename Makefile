# The two commands from the README:
#   make run   installs what is needed, builds, and starts helder with demo data
#   make test  installs what is needed, builds with sanitizers, and runs every test
# Both are safe to run again. Both also build the web front end (web/, Node.js 20+).

JOBS ?= 2
PORT ?= 8080
DB ?= helder.db
RELEASE_DIR := build/release
TEST_DIR := build/test
FUZZ_DIR := build/fuzz
FUZZ_SECONDS ?= 600

.PHONY: run test build build-test web bench fuzz fuzz-build clean

run: build web
	./$(RELEASE_DIR)/src/helder serve --demo --port $(PORT) --db $(DB)

build:
	scripts/install-deps.sh build
	cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DHELDER_TESTS=OFF >/dev/null
	cmake --build $(RELEASE_DIR) -j$(JOBS)

build-test:
	scripts/install-deps.sh test
	cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DHELDER_SANITIZE=ON >/dev/null
	cmake --build $(TEST_DIR) -j$(JOBS)

# After the C++ tests: the front end's unit tests (Vitest), then the browser tests
# (Playwright with Debian's Chromium), which start their own helder from build/test.
test: build-test web
	cd $(TEST_DIR) && ctest --output-on-failure -j$(JOBS)
	cd web && npm test
	cd web && HELDER_BIN=$(CURDIR)/$(TEST_DIR)/src/helder npm run e2e
	$(MAKE) fuzz FUZZ_SECONDS=60

# The browser front end: `npm ci` only when node_modules is missing or package-lock.json
# changed since the last install, then a production build into web/dist.
web:
	scripts/install-deps.sh web
	cd web && if ! cmp -s package-lock.json node_modules/.helder-installed-lock; then \
	  npm ci --no-audit --no-fund && cp package-lock.json node_modules/.helder-installed-lock; fi
	cd web && npm run build

# The request fuzzer (fuzz/): libFuzzer with ASan/UBSan, seeded from fuzz/corpus. New
# inputs go to $(FUZZ_DIR)/corpus, crashes to $(FUZZ_DIR)/artifacts. Longer: make fuzz FUZZ_SECONDS=3600
fuzz-build:
	scripts/install-deps.sh test
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHELDER_SANITIZE=ON -DHELDER_FUZZ=ON \
	  -DHELDER_TESTS=OFF >/dev/null
	cmake --build $(FUZZ_DIR) -j$(JOBS) --target helder_api_fuzzer

fuzz: fuzz-build
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(FUZZ_DIR)/fuzz/helder_api_fuzzer -max_total_time=$(FUZZ_SECONDS) -use_value_profile=1 \
	  -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/artifacts/ $(FUZZ_DIR)/corpus fuzz/corpus

bench: build
	scripts/install-deps.sh bench
	bench/run.sh

clean:
	rm -rf build web/dist web/test-results
