// Package guard turns a panic in the work done on one input into an error
// that names the input, so that a bug met by one document fails that
// document and the others go on. The stack is kept for --verbose.
package guard

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
)

// Error is a recovered panic: what was being done, to what, and where.
type Error struct {
	Name  string // the input: a file, "file:LINE", a document's source
	Stage string // what was being done: "reading", "extracting events"...
	Value any    // what was passed to panic
	Stack []byte // the panicking goroutine's stack
}

// Error says what failed, in one line that starts with the input's name.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: internal error while %s: %s (a bug: the stack is shown with --verbose)",
		e.Name, e.Stage, strings.Join(strings.Fields(fmt.Sprint(e.Value)), " "))
}

// Run calls fn and returns, as an *Error, the panic that ends it; nil when
// fn returns.
func Run(name, stage string, fn func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &Error{Name: name, Stage: stage, Value: v, Stack: debug.Stack()}
		}
	}()
	fn()
	return nil
}

// Stack returns the stack of the panic err recovered, nil when err is not
// a recovered panic.
func Stack(err error) []byte {
	var e *Error
	if errors.As(err, &e) {
		return e.Stack
	}
	return nil
}
