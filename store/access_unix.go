//go:build unix

package store

import "golang.org/x/sys/unix"

// canWrite reports whether this process may write to path, a file or a
// folder, as the kernel decides: permissions, a read-only mount, an
// immutable file.
func canWrite(path string) bool { return unix.Access(path, unix.W_OK) == nil }
