package extract

import "github.com/timeline-dev/timeline/timeline"

// The phrase and participant builders return many short lists (the
// entities of a noun phrase, the phrases coordinated with one), each read
// at once and dropped. They are carved out of arenas kept with the doc
// instead of allocated: a list is a slice of an arena with its capacity
// capped, so that an append to it copies rather than overwrites the
// next list. Arenas are emptied before each event is built; a list that
// outlives that (none does) would still be intact, since an arena that
// grows moves to new memory and leaves the old one to its lists.

// entList returns a new, empty list of entity mentions; end it with
// endEnts before starting another.
func (d *doc) entList() []entMention { return d.ea[len(d.ea):len(d.ea)] }

// endEnts closes list l, made by entList and appended to, and returns it
// (nil when empty).
func (d *doc) endEnts(l []entMention) []entMention {
	if len(l) == 0 {
		return nil
	}
	return endList(&d.ea, l)
}

// oneEnt returns the list of the single entity m.
func (d *doc) oneEnt(m entMention) []entMention {
	return d.endEnts(append(d.entList(), m))
}

// intList returns a new, empty list of ints; end it with endInts before
// starting another.
func (d *doc) intList() []int { return d.ia[len(d.ia):len(d.ia)] }

// endInts closes list l, made by intList and appended to, and returns it.
func (d *doc) endInts(l []int) []int {
	if len(l) == 0 {
		return l
	}
	return endList(&d.ia, l)
}

// endList closes list l, begun at the end of arena, and returns it with
// its capacity capped. The arena's next list starts after it.
func endList[T any](arena *[]T, l []T) []T {
	a := *arena
	switch end := cap(a) - cap(l) + len(l); {
	case cap(l) > cap(a)-len(a):
		// l outgrew the arena and moved: it starts a new arena, twice as
		// large, so that the arena grows to what a document needs.
		n := make([]T, len(l), 2*cap(a)+cap(l))
		copy(n, l)
		*arena, l = n, n
	case end > len(a):
		// l lies in the arena (maybe resliced past its start), ending at
		// end.
		*arena = a[:end]
	}
	return l[:len(l):len(l)]
}

// keepParticipants keeps an event's participants ps (collected in
// pscratch) with those of the document's other events, and returns them
// there; build moves them all into one block of the right size.
func (d *doc) keepParticipants(ps []timeline.Participant) []timeline.Participant {
	d.pscratch = ps[:0]
	if len(ps) == 0 {
		return nil
	}
	a := len(d.parts)
	d.parts = append(d.parts, ps...)
	return d.parts[a:len(d.parts):len(d.parts)]
}

// moveParticipants gives the participants of events their own block (one
// allocation for the document), so that they share no memory with the
// doc, which is reused.
func (d *doc) moveParticipants(events []timeline.Event) {
	n := 0
	for i := range events {
		n += len(events[i].Participants)
	}
	if n == 0 {
		return
	}
	block := make([]timeline.Participant, n)
	for i := range events {
		ps := events[i].Participants
		if len(ps) == 0 {
			continue
		}
		m := copy(block, ps)
		events[i].Participants, block = block[:m:m], block[m:]
	}
}
