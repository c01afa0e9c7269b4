# The two commands from the README:
#   make run   installs what is needed, builds, and starts helder with demo data
#   make test  installs what is needed, builds with sanitizers, and runs every test
# Both are safe to run again. Both also build the web front end (web/, Node.js 20+).

JOBS ?= 2
PORT ?= 8080
DB ?= helder.db
RELEASE_DIR := build/release
TEST_DIR := build/test

.PHONY: run test build build-test web bench clean

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

# The browser front end: `npm ci` only when node_modules is missing or package-lock.json
# changed since the last install, then a production build into web/dist.
web:
	scripts/install-deps.sh web
	cd web && if ! cmp -s package-lock.json node_modules/.helder-installed-lock; then \
	  npm ci --no-audit --no-fund && cp package-lock.json node_modules/.helder-installed-lock; fi
	cd web && npm run build

bench: build
	scripts/install-deps.sh bench
	bench/run.sh

clean:
	rm -rf build web/dist web/test-results
