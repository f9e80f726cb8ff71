// Nettle's SHA-256, for the input digests of run.json. Only Reports imports CNettle.
#ifndef CNETTLE_SHIM_H
#define CNETTLE_SHIM_H
#include <nettle/sha2.h>
#endif
