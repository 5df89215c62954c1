package ingest_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// memStore is an in-memory timeline.Store that keeps the contract of
// timeline.Saver as the SQLite store does: a text (SHA256) is stored once,
// ids run from 1 in the order documents are stored, a rejected document
// leaves nothing behind, and a failed call stores nothing. It also records
// the batches it was given and can be told to reject documents or fail a
// call, so that tests see what the pipeline does with every outcome.
type memStore struct {
	mu    sync.Mutex
	docs  []memDoc // by id - 1
	bySHA map[string]int64

	batches   [][]string      // titles of the documents of each SaveDocuments call
	textBytes [][]int         // the text sizes of the documents of each call
	reject    map[string]bool // titles of documents to reject with EINVALID, saved or replaced
	failAt    int             // the SaveDocuments call (1-based) that fails with fail; 0 for none
	fail      error
	onSave    func(call int) // called at the start of each SaveDocuments call, under the lock
}

var _ timeline.Store = (*memStore)(nil)

// memDoc is a stored document with its extraction.
type memDoc struct {
	doc      timeline.Document
	mentions []timeline.Mention
	events   []timeline.Event
}

func (m *memStore) SaveDocuments(ctx context.Context, xs []timeline.Extraction) ([]timeline.SaveResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if m.bySHA == nil {
		m.bySHA = map[string]int64{}
	}
	call := len(m.batches) + 1
	if m.onSave != nil {
		m.onSave(call)
	}
	titles := make([]string, 0, len(xs))
	sizes := make([]int, 0, len(xs))
	for _, x := range xs {
		if x.Document != nil {
			titles = append(titles, x.Document.Title)
			sizes = append(sizes, len(x.Document.Text))
		}
	}
	m.batches = append(m.batches, titles)
	m.textBytes = append(m.textBytes, sizes)
	if call == m.failAt {
		return nil, m.fail
	}
	results := make([]timeline.SaveResult, len(xs))
	for i, x := range xs {
		if err := m.check(x); err != nil {
			results[i].Err = err
			continue
		}
		doc := x.Document
		if doc.SHA256 == "" {
			sum := sha256.Sum256([]byte(doc.Text))
			doc.SHA256 = hex.EncodeToString(sum[:])
		}
		if doc.IngestedAt.IsZero() {
			doc.IngestedAt = time.Now().UTC().Truncate(time.Second)
		}
		if id, ok := m.bySHA[doc.SHA256]; ok {
			doc.ID = id
			continue
		}
		doc.ID = int64(len(m.docs) + 1)
		m.docs = append(m.docs, memDoc{doc: *doc, mentions: slices.Clone(x.Mentions), events: slices.Clone(x.Events)})
		m.bySHA[doc.SHA256] = doc.ID
		results[i].Stored = true
	}
	return results, nil
}

// check rejects what the SQLite store would: no document, or an event
// whose mention is missing (NoMention is no mention, not a missing one);
// and the documents the test named.
func (m *memStore) check(x timeline.Extraction) error {
	if x.Document == nil {
		return timeline.Errorf(timeline.EINVALID, "no document to save")
	}
	if m.reject[x.Document.Title] {
		return timeline.Errorf(timeline.EINVALID, "rejected %s", x.Document.Title)
	}
	for i, e := range x.Events {
		if e.Mention != timeline.NoMention && (e.Mention < 0 || e.Mention >= len(x.Mentions)) {
			return timeline.Errorf(timeline.EINVALID, "event %d refers to mention %d of %d", i, e.Mention, len(x.Mentions))
		}
	}
	return nil
}

func (m *memStore) StaleDocuments(ctx context.Context, version string, fn func(*timeline.Document) error) error {
	for _, d := range m.documents() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.ExtractorVersion != version {
			if err := fn(d); err != nil {
				return err
			}
		}
	}
	return nil
}

func (m *memStore) Document(ctx context.Context, id int64) (*timeline.Document, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || id > int64(len(m.docs)) {
		return nil, timeline.Errorf(timeline.ENOTFOUND, "document %d not found", id)
	}
	doc := m.docs[id-1].doc
	return &doc, nil
}

func (m *memStore) ReplaceExtraction(ctx context.Context, id int64, version string, mentions []timeline.Mention, events []timeline.Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if id < 1 || id > int64(len(m.docs)) {
		return timeline.Errorf(timeline.ENOTFOUND, "document %d not found", id)
	}
	d := &m.docs[id-1]
	if err := m.check(timeline.Extraction{Document: &d.doc, Mentions: mentions, Events: events}); err != nil {
		return err
	}
	d.doc.ExtractorVersion = version
	d.mentions, d.events = slices.Clone(mentions), slices.Clone(events)
	return nil
}

// documents returns copies of the stored documents in id order.
func (m *memStore) documents() []*timeline.Document {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*timeline.Document, len(m.docs))
	for i := range m.docs {
		doc := m.docs[i].doc
		out[i] = &doc
	}
	return out
}

// memStats counts what a memStore holds.
type memStats struct{ documents, mentions, events int }

func (m *memStore) stats() memStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := memStats{documents: len(m.docs)}
	for _, d := range m.docs {
		s.mentions += len(d.mentions)
		s.events += len(d.events)
	}
	return s
}

// extraction returns what is stored for the document with the given id.
func (m *memStore) extraction(id int64) ([]timeline.Mention, []timeline.Event) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.docs[id-1].mentions, m.docs[id-1].events
}
