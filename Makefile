# dyad: the two commands a new user needs are `make demo` and `make test`.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all setup build test unit demo bench asan clean

all: build

setup:
	@scripts/setup

build: setup
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Everything: unit tests, command-level tests and validation suites (see tests/cmake/).
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Unit tests only.
unit: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L unit

demo: build
	@scripts/demo $(BUILD)

bench: build
	@scripts/bench $(BUILD)

# Address and undefined-behaviour sanitizers, unit tests only.
asan: setup
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -L unit

clean:
	rm -rf $(BUILD) build-asan
