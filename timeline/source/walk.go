package source

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/timeline-dev/timeline/timeline"
)

// Walk reads every input in paths and emits its documents and failures in
// order. A path is a file, "-" for Options.Stdin, or a directory, read
// recursively in name order: hidden files and directories are skipped,
// Include and Exclude apply, and without Include only files with a known
// extension (or none) are read. Symbolic links are followed, except one
// that leads back into a directory being walked, which is reported as a
// loop. A directory without any file to read gives a warning.
//
// Walk returns only what stops it: ctx's error, emit's error, or invalid
// options. Everything wrong with an input is an Item, and the walk goes on.
func Walk(ctx context.Context, paths []string, opt Options, emit func(Item) error) error {
	opt, err := opt.withDefaults()
	if err != nil {
		return err
	}
	w := &walker{ctx: ctx, opt: opt, out: emit, open: openFile, visited: map[string]bool{},
		slots: make(chan struct{}, runtime.GOMAXPROCS(0))}
	err = w.walk(ctx, paths)
	if err == nil {
		err = w.drain(0)
	}
	for _, p := range w.ahead { // after a failure: let readers finish
		<-p.done
	}
	return err
}

// walker holds the state of one Walk.
type walker struct {
	ctx context.Context // stops drain between items
	opt Options
	out func(Item) error // the caller's emit
	// open opens a file; a variable so that tests can fail it the way an
	// unreadable file does even when they run as root.
	open    func(name string) (io.ReadCloser, error)
	visited map[string]bool // real paths of the directories walked
	// ahead holds files being read ahead of their turn, oldest first:
	// parsing (HTML, TimeML) costs more than storing, so a folder of
	// articles is read on every core while items still come out in order.
	ahead []*prefetch
	slots chan struct{} // bounds the files read at once
}

// prefetch is one file read ahead of its turn, by a goroutine of its own.
type prefetch struct {
	done  chan struct{}
	items []Item
	err   error
}

// emit hands an item to the caller after every file read before it.
func (w *walker) emit(it Item) error {
	if err := w.drain(0); err != nil {
		return err
	}
	return w.out(it)
}

// drain emits the items of files read ahead, in order, until at most keep
// are still pending.
func (w *walker) drain(keep int) error {
	for len(w.ahead) > keep {
		p := w.ahead[0]
		<-p.done
		w.ahead = w.ahead[1:]
		if p.err != nil {
			return p.err
		}
		for _, it := range p.items {
			if w.ctx != nil && w.ctx.Err() != nil {
				return w.ctx.Err()
			}
			if err := w.out(it); err != nil {
				return err
			}
		}
	}
	return nil
}

// readsWhole lists the extensions of formats read whole, one document per
// file, which are safe to read ahead: their size is bounded by MaxSize.
// JSON, JSON Lines, compressed and unknown files may hold a corpus and are
// streamed in their turn.
func readsWhole(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".tml", ".xml":
		return true
	}
	return false
}

func openFile(name string) (io.ReadCloser, error) { return os.Open(name) }

func (w *walker) walk(ctx context.Context, paths []string) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			var stdin io.Reader = os.Stdin
			if w.opt.Stdin != nil {
				stdin = w.opt.Stdin
			}
			if err := w.drain(0); err != nil {
				return err
			}
			if err := readInput(ctx, w.opt.StdinName, stdin, -1, w.opt, w.out); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			if err := w.emit(Item{File: p, Err: pathError(p, err)}); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := w.file(ctx, p); err != nil {
				return err
			}
			continue
		}
		real, err := filepath.EvalSymlinks(p)
		if err != nil {
			if err := w.emit(Item{File: p, Err: pathError(p, err)}); err != nil {
				return err
			}
			continue
		}
		if w.visited[real] {
			continue // named twice, or inside a directory already walked
		}
		n, err := w.dir(ctx, p, "", real, map[string]bool{})
		if err != nil {
			return err
		}
		if n == 0 {
			msg := p + ": no matching files"
			if len(w.opt.Include) > 0 {
				msg = p + ": no file matching " + strings.Join(w.opt.Include, ", ")
			}
			if err := w.emit(Item{File: p, Warnings: []string{msg}}); err != nil {
				return err
			}
		}
	}
	return nil
}

// dir walks the directory dirPath, whose path from the walked root is rel
// and whose real path (symbolic links resolved) is real; ancestors holds
// the real paths of the directories above it. It returns how many files it
// selected.
func (w *walker) dir(ctx context.Context, dirPath, rel, real string, ancestors map[string]bool) (int, error) {
	ancestors[real] = true
	defer delete(ancestors, real)
	w.visited[real] = true
	entries, err := os.ReadDir(dirPath)
	if err != nil {
		// ReadDir returns what it read before failing; walk that too.
		if err := w.emit(Item{File: dirPath, Err: pathError(dirPath, err)}); err != nil {
			return 0, err
		}
	}
	matched := 0
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return matched, err
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full, childRel, childReal := filepath.Join(dirPath, name), path.Join(rel, name), filepath.Join(real, name)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			fi, err := os.Stat(full)
			if err == nil && fi.IsDir() {
				childReal, err = filepath.EvalSymlinks(full)
			}
			if err != nil {
				if err := w.emit(Item{File: full, Err: pathError(full, err)}); err != nil {
					return matched, err
				}
				continue
			}
			if ancestors[childReal] {
				err := timeline.Errorf(timeline.EINVALID, "%s: symlink loop: it leads back to %s, which contains it", full, childReal)
				if err := w.emit(Item{File: full, Err: err}); err != nil {
					return matched, err
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if matchAny(w.opt.Exclude, childRel, name) || w.visited[childReal] {
				continue
			}
			n, err := w.dir(ctx, full, childRel, childReal, ancestors)
			matched += n
			if err != nil {
				return matched, err
			}
		case mode.IsRegular():
			if !w.selected(childRel, name) {
				continue
			}
			matched++
			if err := w.file(ctx, full); err != nil {
				return matched, err
			}
		}
		// Devices, pipes and sockets inside a tree are not articles.
	}
	return matched, nil
}

// selected reports whether a directory walk reads the file.
func (w *walker) selected(rel, name string) bool {
	if matchAny(w.opt.Exclude, rel, name) {
		return false
	}
	if len(w.opt.Include) > 0 {
		return matchAny(w.opt.Include, rel, name)
	}
	return walkable(name)
}

// file reads one file: ahead of its turn when it is read whole, else in
// its turn, streaming.
func (w *walker) file(ctx context.Context, name string) error {
	if !readsWhole(name) {
		if err := w.drain(0); err != nil {
			return err
		}
		return w.read(ctx, name, w.out)
	}
	p := &prefetch{done: make(chan struct{})}
	w.ahead = append(w.ahead, p)
	w.slots <- struct{}{}
	go func() {
		defer close(p.done)
		defer func() { <-w.slots }()
		p.err = w.read(ctx, name, func(it Item) error {
			p.items = append(p.items, it)
			return nil
		})
	}()
	return w.drain(2 * cap(w.slots))
}

// read reads one file, emitting its items to emit.
func (w *walker) read(ctx context.Context, name string, emit func(Item) error) error {
	f, err := w.open(name)
	if err != nil {
		return emit(Item{File: name, Err: pathError(name, err)})
	}
	defer f.Close()
	size := int64(-1)
	if st, ok := f.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	return readInput(ctx, name, f, size, w.opt, emit)
}

// pathError turns a failure to stat, open or list name into a one-line
// error that starts with name.
func pathError(name string, err error) error {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return timeline.Errorf(timeline.EINVALID, "%s: symlink loop", name)
	case errors.Is(err, fs.ErrNotExist):
		if fi, lerr := os.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return timeline.Errorf(timeline.ENOTFOUND, "%s: broken symbolic link", name)
		}
		return timeline.Errorf(timeline.ENOTFOUND, "%s: no such file or directory", name)
	case errors.Is(err, fs.ErrPermission):
		return timeline.Errorf(timeline.EINVALID, "%s: permission denied", name)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return timeline.Errorf(timeline.EINVALID, "%s: %v", name, err)
}
