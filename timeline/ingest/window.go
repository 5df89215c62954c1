package ingest

import (
	"context"
	"sync"
)

// window bounds the bytes held between reading and storing. The reader
// takes an item's share before reading on; the share comes back when the
// item is stored or dropped. Sized in bytes rather than items, it lets many
// small documents run ahead while a batch is stored, and few large ones.
type window struct {
	mu    sync.Mutex
	used  int64
	limit int64
	freed chan struct{} // signals a release to the one goroutine that acquires
}

func newWindow(limit int64) *window {
	return &window{limit: limit, freed: make(chan struct{}, 1)}
}

// acquire takes n bytes of the window, waiting while that would overflow
// it. An item larger than the whole window gets it once it is empty, so
// that it is read alone rather than never. Only one goroutine acquires.
func (w *window) acquire(ctx context.Context, n int64) error {
	for {
		w.mu.Lock()
		if w.used == 0 || w.used+n <= w.limit {
			w.used += n
			w.mu.Unlock()
			return nil
		}
		w.mu.Unlock()
		select {
		case <-w.freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release gives back n bytes.
func (w *window) release(n int64) {
	w.mu.Lock()
	w.used -= n
	w.mu.Unlock()
	select {
	case w.freed <- struct{}{}:
	default: // a signal is already pending
	}
}
