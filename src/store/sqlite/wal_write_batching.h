// A VFS shim over SQLite's default VFS that hands a connection's writes to its WAL and its
// statement journals to the kernel in a few large writes instead of two per page (ADR 0016).
#pragma once

namespace helder::sqlite {

// The name of the shim, registered with SQLite on first use (thread-safe). Open a read-write
// connection with it; the database file itself passes straight through.
const char* wal_write_batching_vfs();

}  // namespace helder::sqlite
