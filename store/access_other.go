//go:build !unix

package store

// canWrite reports true where permissions cannot be asked: a read-only
// open then reads as usual and removes the files it made when it closes.
func canWrite(string) bool { return true }
