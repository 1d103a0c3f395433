# Shortcuts for the usual tasks; the README's two commands are the source of truth.
.DEFAULT_GOAL := help
MVN ?= mvn -B -ntp

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

build: ## compile and package everything without tests
	$(MVN) -DskipTests package

test: ## unit tests only (surefire)
	$(MVN) -DskipITs verify

it: ## everything, acceptance tests included (the CI command)
	$(MVN) verify

fmt: ## apply google-java-format to all modules
	$(MVN) spotless:apply

demo: ## the lifecycle against the simulated host
	scripts/demo

bench: ## benchmarks (see docs/benchmarks.md)
	@echo "no benchmarks yet: see docs/benchmarks.md"

.PHONY: help build test it fmt demo bench
