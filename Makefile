# The two commands from the README:
#   make run   installs what is needed, builds, and starts helder with demo data
#   make test  installs what is needed, builds with sanitizers, and runs every test
# Both are safe to run again.

JOBS ?= 2
PORT ?= 8080
DB ?= helder.db
RELEASE_DIR := build/release
TEST_DIR := build/test

.PHONY: run test build build-test bench clean

run: build
	./$(RELEASE_DIR)/src/helder serve --demo --port $(PORT) --db $(DB)

build:
	scripts/install-deps.sh build
	cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DHELDER_TESTS=OFF >/dev/null
	cmake --build $(RELEASE_DIR) -j$(JOBS)

build-test:
	scripts/install-deps.sh test
	cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=Debug -DHELDER_SANITIZE=ON >/dev/null
	cmake --build $(TEST_DIR) -j$(JOBS)

test: build-test
	cd $(TEST_DIR) && ctest --output-on-failure -j$(JOBS)

bench: build
	scripts/install-deps.sh bench
	bench/run.sh

clean:
	rm -rf build
