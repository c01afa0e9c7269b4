// SQLite writes each WAL frame with two calls, a 24-byte header and then the page, one right
// after the other in the file; a statement journal likewise gets a page number and a page
// for every page a statement changes. This shim gathers such back-to-back writes in memory
// and writes them with a few calls when SQLite syncs the file, reads it, asks its size,
// changes it, or writes somewhere else in it. With `synchronous = FULL` SQLite reports a
// commit only after syncing the WAL, and the sync writes the gathered bytes first: nothing is
// reported durable that is not on disk. Before SQLite shows a commit to readers, the gathered
// bytes are written too, whatever `synchronous` is (see shm_barrier). A statement journal is
// a temporary file, deleted when closed: what is still gathered then is dropped.
// Written here because SQLite has no option for it (a larger in-memory statement journal,
// SQLITE_CONFIG_STMTJRNL_SPILL, fails once it spills: ADR 0016); a VFS shim is SQLite's own
// way to change how files are written (https://sqlite.org/vfs.html).
#include "store/sqlite/wal_write_batching.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <new>
#include <string>

namespace helder::sqlite {
namespace {

constexpr const char* kName = "helder-wal-batching";
// Gathered bytes are written out once there are this many, sync or not: a bound on memory.
constexpr std::size_t kMaxGathered = 4 * 1024 * 1024;
// The most handed to the default VFS in one write. Its unix write masks the size to 17 bits
// (SQLite itself never writes more than a 64 KB page at once), so a larger write would be cut
// short and reported as a full disk.
constexpr std::size_t kMaxWrite = 64 * 1024;

sqlite3_vfs* default_vfs = nullptr;  // set once, before the shim is registered

// Our part of an open file. SQLite allocates `szOsFile` bytes for it; the default VFS's own
// file follows in the same allocation.
struct File {
  sqlite3_file base;  // first, so that SQLite's pointer is also ours
  sqlite3_file* real = nullptr;
  bool gathers = false;  // a WAL file or a statement journal
  bool discard = false;  // deleted when closed: what is still gathered then need not be written
  std::string gathered;
  sqlite3_int64 gathered_at = 0;  // the file offset of gathered[0]
  File* wal = nullptr;            // a database file's WAL, while both are open
  File* database = nullptr;       // a WAL's database file
};

constexpr std::size_t kOurPart = (sizeof(File) + 7) & ~std::size_t{7};

File& ours(sqlite3_file* file) { return *reinterpret_cast<File*>(file); }
sqlite3_file* real(sqlite3_file* file) { return ours(file).real; }

int write_out(File& file) {
  int code = SQLITE_OK;
  for (std::size_t at = 0; at < file.gathered.size() && code == SQLITE_OK; at += kMaxWrite) {
    std::size_t amount = std::min(kMaxWrite, file.gathered.size() - at);
    code = file.real->pMethods->xWrite(file.real, file.gathered.data() + at, static_cast<int>(amount),
                                       file.gathered_at + static_cast<sqlite3_int64>(at));
  }
  file.gathered.clear();  // written or failed: SQLite learns of a failure from this call's caller
  return code;
}

int close_file(sqlite3_file* file) {
  File& self = ours(file);
  if (self.database != nullptr) self.database->wal = nullptr;
  if (self.wal != nullptr) self.wal->database = nullptr;
  if (self.discard) self.gathered.clear();
  int written = write_out(self);
  int closed = self.real->pMethods->xClose(self.real);
  self.~File();
  return written != SQLITE_OK ? written : closed;
}

int write_file(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
  File& self = ours(file);
  if (!self.gathers) return self.real->pMethods->xWrite(self.real, data, amount, offset);
  auto end = self.gathered_at + static_cast<sqlite3_int64>(self.gathered.size());
  if (!self.gathered.empty() && offset != end) {
    if (int code = write_out(self); code != SQLITE_OK) return code;
  }
  if (self.gathered.empty()) self.gathered_at = offset;
  self.gathered.append(static_cast<const char*>(data), static_cast<std::size_t>(amount));
  return self.gathered.size() >= kMaxGathered ? write_out(self) : SQLITE_OK;
}

// Every other call sees the file as if the gathered bytes had been written already.
int read_file(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset) {
  if (int code = write_out(ours(file)); code != SQLITE_OK) return code;
  return real(file)->pMethods->xRead(real(file), data, amount, offset);
}
int truncate_file(sqlite3_file* file, sqlite3_int64 size) {
  if (int code = write_out(ours(file)); code != SQLITE_OK) return code;
  return real(file)->pMethods->xTruncate(real(file), size);
}
int sync_file(sqlite3_file* file, int flags) {
  if (int code = write_out(ours(file)); code != SQLITE_OK) return code;
  return real(file)->pMethods->xSync(real(file), flags);
}
int file_size(sqlite3_file* file, sqlite3_int64* size) {
  if (int code = write_out(ours(file)); code != SQLITE_OK) return code;
  return real(file)->pMethods->xFileSize(real(file), size);
}
int file_control(sqlite3_file* file, int op, void* argument) {
  if (int code = write_out(ours(file)); code != SQLITE_OK) return code;
  return real(file)->pMethods->xFileControl(real(file), op, argument);
}

// The rest passes straight through.
int lock_file(sqlite3_file* file, int level) { return real(file)->pMethods->xLock(real(file), level); }
int unlock_file(sqlite3_file* file, int level) { return real(file)->pMethods->xUnlock(real(file), level); }
int check_reserved_lock(sqlite3_file* file, int* out) {
  return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int sector_size(sqlite3_file* file) { return real(file)->pMethods->xSectorSize(real(file)); }
int device_characteristics(sqlite3_file* file) {
  return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
  return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}
int shm_lock(sqlite3_file* file, int offset, int n, int flags) {
  return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
// SQLite publishes a commit to readers by writing the WAL index header twice with a memory
// barrier between, on the database file. The WAL's gathered bytes go out first, so that a
// reader never finds a frame that is not in the file, even if the WAL was not synced (with
// `synchronous` below FULL). A failed write cannot stop the commit here (the call returns
// nothing); the reader of such a frame then gets an I/O error, not wrong data.
void shm_barrier(sqlite3_file* file) {
  if (File* wal = ours(file).wal) write_out(*wal);
  real(file)->pMethods->xShmBarrier(real(file));
}
int shm_unmap(sqlite3_file* file, int remove) {
  return real(file)->pMethods->xShmUnmap(real(file), remove);
}
int fetch_page(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
  return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}
int unfetch_page(sqlite3_file* file, sqlite3_int64 offset, void* page) {
  return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

const sqlite3_io_methods kMethods = {
    3,           close_file,  read_file,      write_file,          truncate_file,
    sync_file,   file_size,   lock_file,      unlock_file,         check_reserved_lock,
    file_control, sector_size, device_characteristics, shm_map,    shm_lock,
    shm_barrier, shm_unmap,   fetch_page,     unfetch_page};

int open_file(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  auto* self = new (file) File{};
  self->base.pMethods = nullptr;  // until the default VFS has opened its part
  self->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kOurPart);
  int code = default_vfs->xOpen(default_vfs, name, self->real, flags, out_flags);
  if (code != SQLITE_OK || self->real->pMethods == nullptr) {
    // A file whose methods are set must be closed even when opening it failed.
    if (self->real->pMethods != nullptr) self->real->pMethods->xClose(self->real);
    self->~File();  // ours stays without methods, so SQLite calls no xClose on it
    return code != SQLITE_OK ? code : SQLITE_CANTOPEN;
  }
  // The default VFS's file may offer fewer calls than ours (older versions): then the shim
  // would call what is not there, so it does not open the file.
  if (self->real->pMethods->iVersion < kMethods.iVersion) {
    self->real->pMethods->xClose(self->real);
    self->~File();
    return SQLITE_CANTOPEN;
  }
  self->gathers = (flags & (SQLITE_OPEN_WAL | SQLITE_OPEN_SUBJOURNAL)) != 0;
  self->discard = (flags & SQLITE_OPEN_DELETEONCLOSE) != 0;
  if ((flags & SQLITE_OPEN_WAL) != 0) {
    sqlite3_file* database = sqlite3_database_file_object(name);
    if (database != nullptr && database->pMethods == &kMethods) {
      self->database = &ours(database);
      self->database->wal = self;
    }
  }
  self->base.pMethods = &kMethods;
  return SQLITE_OK;
}

// The VFS calls other than open go to the default VFS, with its own handle.
int remove_file(sqlite3_vfs*, const char* name, int sync_directory) {
  return default_vfs->xDelete(default_vfs, name, sync_directory);
}
int access_file(sqlite3_vfs*, const char* name, int flags, int* out) {
  return default_vfs->xAccess(default_vfs, name, flags, out);
}
int full_pathname(sqlite3_vfs*, const char* name, int size, char* out) {
  return default_vfs->xFullPathname(default_vfs, name, size, out);
}
void* dl_open(sqlite3_vfs*, const char* name) { return default_vfs->xDlOpen(default_vfs, name); }
void dl_error(sqlite3_vfs*, int size, char* out) { default_vfs->xDlError(default_vfs, size, out); }
void (*dl_sym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
  return default_vfs->xDlSym(default_vfs, handle, symbol);
}
void dl_close(sqlite3_vfs*, void* handle) { default_vfs->xDlClose(default_vfs, handle); }
int randomness(sqlite3_vfs*, int size, char* out) {
  return default_vfs->xRandomness(default_vfs, size, out);
}
int sleep_for(sqlite3_vfs*, int microseconds) { return default_vfs->xSleep(default_vfs, microseconds); }
int current_time(sqlite3_vfs*, double* out) { return default_vfs->xCurrentTime(default_vfs, out); }
int last_error(sqlite3_vfs*, int size, char* out) {
  return default_vfs->xGetLastError(default_vfs, size, out);
}
int current_time_int64(sqlite3_vfs*, sqlite3_int64* out) {
  return default_vfs->xCurrentTimeInt64(default_vfs, out);
}

sqlite3_vfs* registered() {
  default_vfs = sqlite3_vfs_find(nullptr);
  if (default_vfs == nullptr || default_vfs->iVersion < 2) return nullptr;
  static sqlite3_vfs shim = {
      2,           static_cast<int>(kOurPart) + default_vfs->szOsFile,
      default_vfs->mxPathname,
      nullptr,     kName,        nullptr,      open_file, remove_file, access_file,
      full_pathname, dl_open,    dl_error,     dl_sym,    dl_close,    randomness,
      sleep_for,   current_time, last_error,   current_time_int64};
  if (sqlite3_vfs_register(&shim, 0) != SQLITE_OK) return nullptr;
  return &shim;
}

}  // namespace

const char* wal_write_batching_vfs() {
  static sqlite3_vfs* shim = registered();
  return shim != nullptr ? kName : nullptr;  // nullptr: SQLite's default VFS
}

}  // namespace helder::sqlite
