package timeline

import (
	"errors"
	"fmt"
)

// Error codes shared by every package, so that the CLI can map any failure to
// a message and an exit status without knowing where it came from.
const (
	EINVALID  = "invalid"   // bad input from the user or a document
	ENOTFOUND = "not_found" // a path, document or row that does not exist
	ECONFLICT = "conflict"  // a write that cannot happen: duplicate, locked, newer schema
	EREADONLY = "read_only" // a write attempted through a read-only path
	EINTERNAL = "internal"  // a bug or an unexpected failure underneath
)

// Error is the domain error: a code a program can test and a message a person
// can read.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or the
// error's own text for any other error.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}
