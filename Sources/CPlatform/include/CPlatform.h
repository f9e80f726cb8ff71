#ifndef CPLATFORM_H
#define CPLATFORM_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE): both must exist.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system or kernel
/// cannot exchange, ENOENT when one path is missing).
int cplatform_exchange_paths(const char *first, const char *second);

#endif
