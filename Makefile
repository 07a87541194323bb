# Quire: top-level driver of the build. CMake builds the C shim, Maven the Java engine and
# the fake sites; `stage` lays them out the way the driver finds them at run time:
#   build/dist/lib/libquireodbc.so
#   build/dist/lib/java/quire-core.jar  (+ java/lib/*.jar, named by its manifest Class-Path)
# `windows` cross-builds the driver DLLs with mingw-w64: build/windows/{x64,x86}/quireodbc.dll.
SHELL := /bin/bash
JAVA_HOME ?= /usr/lib/jvm/temurin-25-jdk-amd64
export JAVA_HOME
MVN ?= mvn -q -B
PORT ?= 8089
DIST := $(CURDIR)/build/dist
DRIVER_LIB := $(DIST)/lib/libquireodbc.so
FAKE_JAR := $(CURDIR)/tests/fake-confluence/target/fake-confluence.jar
WIN := build/windows

.PHONY: all deps build java native stage aot register demo demo-server docs test test-java test-c test-e2e test-valgrind windows test-windows bench clean

all: build

# Installs the Debian packages the build and the tests need (skipped when already present).
deps:
	@scripts/install-deps.sh

build: java native stage

java:
	$(MVN) -DskipTests package

native:
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build build/native -j2

# One CMake build per architecture (build/windows/<arch>/cmake), the DLL copied beside it.
windows:
	@for arch in x64 x86; do \
	  cmake -S . -B $(WIN)/$$arch/cmake -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/native-odbc-shim/cmake/mingw-$$arch.cmake >/dev/null && \
	  cmake --build $(WIN)/$$arch/cmake -j2 -- --no-print-directory && \
	  cp $(WIN)/$$arch/cmake/native-odbc-shim/quireodbc.dll $(WIN)/$$arch/quireodbc.dll || exit 1; \
	done

# Jars signed by their makers (Janino's) are left out of the JVM's AOT cache, and Janino is
# most of a first query's time: their signature files are dropped (the classes are unchanged).
stage:
	@rm -rf $(DIST) && mkdir -p $(DIST)/lib/java/lib $(DIST)/bin
	cp build/native/native-odbc-shim/libquireodbc.so $(DIST)/lib/
	cp java-core/target/quire-core.jar $(DIST)/lib/java/
	cp java-core/target/lib/*.jar $(DIST)/lib/java/lib/
	@for j in $(DIST)/lib/java/lib/*.jar; do \
	  if unzip -Z1 "$$j" | grep -Eq '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$$'; then \
	    zip -q -d "$$j" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null || exit 1; \
	    echo "unsigned $$(basename $$j) (for the AOT cache)"; \
	  fi; \
	done
	cp installer/linux/quire-test-connection installer/linux/quire-build-aot-cache $(DIST)/bin/
	$(MAKE) --no-print-directory aot

# The JVM's AOT cache of the staged driver (build/dist/lib/java/quire.aot): classes of connect
# and a first query loaded and linked ahead of time. Without it the driver still works, slower.
aot:
	@$(DIST)/bin/quire-build-aot-cache "$(JAVA_HOME)" || echo "warning: the staged driver has no AOT cache (see above)"

# Registers the driver with unixODBC and creates the user DSN QuireDemo.
register: build
	installer/linux/register-unixodbc.sh "$(DRIVER_LIB)" "$(JAVA_HOME)" $(PORT)

# Build, register, start the demo site, query it through isql, stop the site.
demo: deps build register
	@scripts/demo.sh "$(FAKE_JAR)" $(PORT)

# The demo site in the foreground (Ctrl-C stops it).
demo-server: java
	$(JAVA_HOME)/bin/java -jar $(FAKE_JAR) --port $(PORT)

test: deps build test-java test-c test-windows test-e2e

test-java:
	$(MVN) test

# The C unit tests, then the same programs under valgrind (no JVM involved: fast).
test-c:
	cd build/native && ctest --output-on-failure
	@for t in build/native/native-odbc-shim/test/test_*; do \
	  [ -x "$$t" ] || continue; \
	  valgrind --quiet --error-exitcode=9 --leak-check=full "$$t" >/dev/null || { echo "valgrind: $$t"; exit 1; }; \
	done; echo "C unit tests clean under valgrind"

# The Windows DLLs: exports and imports of both, then the x64 one under wine (unit tests and
# native-odbc-shim/test-wine's harness). No Windows JVM here: a stand-in jvm.dll is used.
test-windows: windows
	native-odbc-shim/test-wine/check_windows.sh $(WIN) native-odbc-shim

# The one-feature C programs through unixODBC under valgrind, JVM and all (interpreted JVM,
# suppressions in native-odbc-shim/test-e2e/*.supp), two at a time. Slow: CI runs it after `make test`.
test-valgrind: build
	scripts/test-valgrind.sh $(DRIVER_LIB) $(FAKE_JAR) $(JAVA_HOME)

# The node client's odbc package is installed (npm ci) on first use and when its lockfile changes.
test-e2e:
	@tests/e2e/clients/node/install.sh
	QUIRE_DRIVER=$(DRIVER_LIB) QUIRE_FAKE_JAR=$(FAKE_JAR) QUIRE_JAVA_HOME=$(JAVA_HOME) \
	  /usr/bin/python3 -m unittest discover -s tests/e2e -p 'test_*.py' -v

# The benchmarks of issue 6 (bench/README.md): builds, starts fake sites, prints one table and writes
# it as JSON under bench/results/. About 10 minutes; never fails on a timing.
bench:
	@bench/install-deps.sh
	$(MAKE) --no-print-directory build
	/usr/bin/python3 bench/run.py --skip-build

# Regenerates the connection-property reference from the property list.
docs: java
	$(JAVA_HOME)/bin/java -cp java-core/target/quire-core.jar io.quire.config.PropertyDocs > docs/connection-properties.md
	$(JAVA_HOME)/bin/java -cp "java-core/target/quire-core.jar:java-core/target/lib/*" io.quire.source.confluence.TableDocs > docs/tables.md

clean:
	rm -rf build
	$(MVN) clean
