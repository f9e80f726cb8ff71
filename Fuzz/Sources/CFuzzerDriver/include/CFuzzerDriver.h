#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt/lib/fuzzer/FuzzerInterface.h): parses the flags in argv
/// and runs `callback` on the inputs. NewsFuzz defines `main` itself (SwiftPM links an
/// executable's entry point as `main`), so it calls this instead of libFuzzer's own main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
