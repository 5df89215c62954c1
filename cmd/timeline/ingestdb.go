package main

import (
	"context"
	"sync"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// ingestDB is the database an ingest writes to. An existing one is opened
// at once, so that a lock, a newer schema or a write-protected file is
// reported before any input is read; a new one is created when the first
// documents are stored, so that an ingest that reads nothing (every path
// missing, every file refused) leaves no empty database behind.
type ingestDB struct {
	path string
	mu   sync.Mutex
	db   *store.DB
}

// openForIngest checks path and opens the database there if it exists.
func openForIngest(ctx context.Context, path string) (*ingestDB, error) {
	exists, err := store.Exists(path)
	if err != nil {
		return nil, err
	}
	d := &ingestDB{path: path}
	if exists {
		if d.db, err = store.Open(ctx, path); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// SaveDocuments implements timeline.Saver, creating the database first
// when needed.
func (d *ingestDB) SaveDocuments(ctx context.Context, xs []timeline.Extraction) ([]timeline.SaveResult, error) {
	d.mu.Lock()
	if d.db == nil {
		db, err := store.Open(ctx, d.path)
		if err != nil {
			d.mu.Unlock()
			return nil, err
		}
		d.db = db
	}
	db := d.db
	d.mu.Unlock()
	return db.SaveDocuments(ctx, xs)
}

// Close closes the database if it was opened.
func (d *ingestDB) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.db == nil {
		return nil
	}
	return d.db.Close()
}
